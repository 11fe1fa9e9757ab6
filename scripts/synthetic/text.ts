/**
 * Filler prose for synthetic pages, in both languages, about as long as a real
 * entry's body, with links in the forms README documents. The sentences say
 * plainly that the page is synthetic, and avoid the names of real glossary
 * terms so that the editorial report does not flag unlinked mentions.
 */

/** A small seeded generator, so that every run writes the same site. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Lang = 'en' | 'zh';

export interface LinkTarget {
  readonly label: {en: string; zh: string};
  readonly href: string;
}

const FILLER: Record<Lang, readonly string[]> = {
  en: [
    'This page is synthetic: a script wrote it to measure how the atlas behaves with many more entries, and none of its statements describe a real person, system or organisation.',
    'Its relations point at other synthetic pages, chosen by a fixed rule, so that every run of the generator writes the same site.',
    'The paragraphs here are filler of roughly the length of a real section, so that the time spent on each page resembles the time spent on a real one.',
    'Nothing on this page should be cited; the real entries are listed on the index pages of the published edition.',
    'A generated page still goes through every step a written one does: its front matter is validated, its links are resolved and its inverse relations are computed.',
    'The numbers in the names only keep the pages apart; they carry no order of importance.',
    'Readers who reach this page from a search result have found a copy of the site made for measurement.',
    'Each generated page names a few neighbours, which is enough to give the timeline, the lineage and the lists realistic work.',
  ],
  zh: [
    '本页为合成内容：由脚本生成，用来测量条目大量增加后网站的表现，页中所写的人物、系统和机构都不真实存在。',
    '页中的关系按固定规则指向其他合成页面，因此每次运行生成脚本都会得到同样的网站。',
    '以下段落只是占位文字，长度与真实条目的一节相当，使每页花费的时间与真实页面接近。',
    '请勿引用本页内容；真实条目列在已发布版本的索引页上。',
    '生成的页面与手写页面经过同样的步骤：校验头部字段、解析链接、计算反向关系。',
    '名称中的编号只用来区分页面，并不表示先后或轻重。',
    '从搜索结果来到本页的读者，看到的是为测量而复制的网站。',
    '每个生成页面都提到几个相邻条目，足以让年表、师承谱系和列表承担接近真实的工作量。',
  ],
};

const HEADINGS: Record<Lang, readonly string[]> = {
  en: ['Background', 'What the generator wrote', 'Relations', 'Notes on this copy'],
  zh: ['背景', '生成内容', '关系', '关于本副本'],
};

const linkSentence = (lang: Lang, link: LinkTarget, i: number): string => {
  const md = `[${link.label[lang]}](${link.href})`;
  const en = [`It is connected to ${md}.`, `See also ${md}, another generated page.`, `The generator also linked ${md} here.`];
  const zh = [`它与${md}相关。`, `另见${md}，同样是生成的页面。`, `生成脚本还在这里链接了${md}。`];
  return (lang === 'en' ? en : zh)[i % 3]!;
};

export interface BodyOptions {
  readonly lang: Lang;
  readonly links: readonly LinkTarget[];
  /** Roughly how many characters of prose to write. */
  readonly length: number;
  readonly formula?: boolean;
  readonly diagram?: boolean;
  readonly random: () => number;
}

/** A body of a few sections, links spread over them, optionally with a formula and a diagram. */
export function body({lang, links, length, formula, diagram, random}: BodyOptions): string {
  const filler = FILLER[lang];
  const sections = HEADINGS[lang].slice(0, Math.max(2, Math.min(4, Math.round(length / 900))));
  const out: string[] = [filler[0]!];
  let nextLink = 0;
  const perSection = Math.ceil(links.length / sections.length);
  for (const [s, heading] of sections.entries()) {
    out.push(`## ${heading}`);
    const paragraph: string[] = [];
    for (let i = 0; i < perSection && nextLink < links.length; i++) paragraph.push(linkSentence(lang, links[nextLink]!, nextLink++));
    const budget = length / sections.length;
    for (let chars = paragraph.join(' ').length; chars < budget; ) {
      const sentence = filler[1 + Math.floor(random() * (filler.length - 1))]!;
      paragraph.splice(Math.floor(random() * (paragraph.length + 1)), 0, sentence);
      chars += sentence.length;
    }
    out.push(paragraph.join(lang === 'en' ? ' ' : ''));
    if (s === 0 && formula) {
      out.push(lang === 'en' ? 'A formula, so that pages with mathematics are represented too:' : '一个公式，使含数学公式的页面也有代表：', '$$\nT(n) = \\sum_{i=1}^{n} \\frac{c_i}{p} + \\log_2 p\n$$');
    }
    if (s === 1 && diagram) {
      out.push('```mermaid\nflowchart LR\n  A[Generated input] --> B[Generated step] --> C[Generated output]\n```');
    }
  }
  return `${out.join('\n\n')}\n`;
}

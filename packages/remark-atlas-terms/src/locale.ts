/** Which of the atlas's locales a page in a given locale links to. */

/** The script a Chinese locale tag implies: zh-CN and zh-SG are written in Simplified characters, zh-TW, zh-HK and zh-MO in Traditional. */
function withScript(tag: string): string {
  const [language, ...rest] = tag.split('-');
  if (language !== 'zh' || rest.some((part) => part.length === 4)) return tag;
  const region = rest.find((part) => part.length === 2);
  const script = region && ['tw', 'hk', 'mo'].includes(region) ? 'hant' : 'hans';
  return ['zh', script, ...rest].join('-');
}

/**
 * The atlas locale for a page locale: the same tag, else the same language and
 * script (`zh-CN` → `zh-Hans`), else the same language (`en-GB` → `en`);
 * undefined when the atlas has none of them.
 */
export function matchLocale(pageLocale: string, atlasLocales: readonly string[]): string | undefined {
  const wanted = withScript(pageLocale.toLowerCase().replace(/_/g, '-'));
  const parts = wanted.split('-');
  const candidates = atlasLocales.map((locale) => ({locale, tag: withScript(locale.toLowerCase())}));
  for (const length of [parts.length, 2, 1]) {
    const prefix = parts.slice(0, length).join('-');
    const hit = candidates.find(({tag}) => tag === prefix || tag.split('-').slice(0, length).join('-') === prefix);
    if (hit && (length > 1 || parts[0] !== 'zh' || hit.tag.split('-')[1] === parts[1])) return hit.locale;
  }
  return undefined;
}

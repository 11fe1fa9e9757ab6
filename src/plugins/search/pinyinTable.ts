/**
 * The table the search box uses to read a Chinese query aloud: a reader who types 郑伟民 for
 * 郑纬民 picked the wrong character for the right sound, and both read "zheng wei min". The
 * 6,763 characters of GB 2312 cover what a pinyin input method offers first; rarer ones simply
 * have no reading, and the query then relies on its characters alone.
 */
import {pinyin} from 'pinyin-pro';
import type {PinyinTable} from './format';

function gb2312Characters(): string[] {
  const decoder = new TextDecoder('gb2312');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (/^\p{Script=Han}$/u.test(ch)) out.push(ch);
    }
  }
  return out;
}

export function buildPinyinTable(): PinyinTable {
  const table: Record<string, string> = {};
  for (const ch of gb2312Characters()) {
    for (const syllable of pinyin(ch, {toneType: 'none', type: 'array', multiple: true})) {
      const key = syllable.replace('ü', 'v');
      table[key] = (table[key] ?? '') + ch;
    }
  }
  return table;
}

import type { Token } from './parse.js';

/** Tokens [from, to) as written, spacing kept, the last word's possessive off: "Iran’s" → "Iran". */
export function spanText(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) break;
    out += k === to - 1 ? t.text.replace(/['’]s?$/, '') : t.text + t.post;
  }
  return out.replace(/\s+/g, ' ').trim();
}

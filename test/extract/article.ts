import type { Article } from '../../src/model/types.js';

/** A plain-text article around a sentence, the way a .txt file without front matter reads. */
export function article(text: string, id = 'sentence'): Article {
  return { id, title: id, language: 'en', text, hash: '' };
}

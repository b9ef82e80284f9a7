// The side panel of one article: its title, date (or "undated"), outlet and where it was read
// from, and the sentences of its evidence in reading order. All of it is written as text: an
// article is untrusted input.
import type { ArticleDetail } from '../../../src/model/read-models.js';
import { append, clear, h } from '../dom.js';
import { panelHeader } from './panel-header.js';

export function renderArticlePanel(
  panel: HTMLElement,
  article: ArticleDetail,
  actions: { close(): void },
): void {
  clear(panel);
  append(panel, [
    panelHeader(article.title, actions.close),
    h(
      'p',
      { class: 'article-meta' },
      [article.published?.slice(0, 10) ?? 'undated', article.outlet, article.language]
        .filter(Boolean)
        .join(' · '),
    ),
    article.source ? h('p', { class: 'article-source' }, `Source: ${article.source}`) : null,
    h(
      'p',
      { class: 'article-counts' },
      `${article.entities} entities · ${article.relations} relations`,
    ),
    h('h3', {}, `Sentences with evidence (${article.sentences.length})`),
    h(
      'ol',
      { class: 'article-sentences' },
      ...article.sentences.map((s) =>
        h('li', { attrs: { 'data-start': String(s.start) } }, s.text),
      ),
    ),
    article.sentences.length === 0 ? h('p', {}, 'No relation was found in this article.') : null,
  ]);
  panel.hidden = false;
}

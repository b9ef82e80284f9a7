// The pieces that show one piece of evidence, shared by the entity panel and the edge panel: the
// sentence with its trigger marked, the article it comes from, and how sure and how real it is.
// All of it is written as text.
import type { ArticleRef, EntityRelation } from '../../../src/model/read-models.js';
import { FALLBACK_COLOR, readableText, RELATION_COLORS } from '../../shared/palette.js';
import { h } from '../dom.js';
import { splitOnTrigger } from '../evidence.js';

/** The relation type as a coloured badge. */
export function relationBadge(type: EntityRelation['type']): HTMLElement {
  const badge = h('span', { class: 'rel-type' }, type);
  const color = RELATION_COLORS[type] ?? FALLBACK_COLOR;
  badge.style.background = color;
  badge.style.color = readableText(color);
  return badge;
}

/** The sentence, its trigger in a <mark>. */
export function evidenceQuote(r: Pick<EntityRelation, 'evidence' | 'trigger'>): HTMLElement {
  const quote = h('blockquote', {});
  for (const segment of splitOnTrigger(r.evidence, r.trigger)) {
    quote.appendChild(
      segment.trigger ? h('mark', {}, segment.text) : document.createTextNode(segment.text),
    );
  }
  return quote;
}

/**
 * The article's title, then its date (or "undated") and outlet. With `open`, the title is a
 * button that opens the article.
 */
export function articleLine(article: ArticleRef, open?: (id: string) => void): HTMLElement {
  const when = article.published?.slice(0, 10) ?? 'undated';
  const title = open
    ? h(
        'button',
        {
          class: 'link',
          attrs: { type: 'button', title: `Open the article ${article.title}` },
          on: { click: () => open(article.id) },
        },
        article.title,
      )
    : article.title;
  return h(
    'div',
    { class: 'source' },
    title,
    ` — ${[when, article.outlet].filter(Boolean).join(' · ')}`,
  );
}

/** Confidence, modality, and the claim and CAMEO code when there are some. */
export function evidenceMeta(r: EntityRelation): HTMLElement {
  return h(
    'div',
    { class: 'meta' },
    [
      `confidence ${r.confidence.toFixed(2)}`,
      r.modality,
      r.claim ? `claim: ${r.claim}` : null,
      r.cameo ? `CAMEO ${r.cameo}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  );
}

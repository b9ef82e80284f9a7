// The side panel of an edge: every piece of evidence between its two entities, whatever the
// relation type and whichever way it runs, grouped by relation and then by article, each sentence
// with its trigger marked. The path panel shows each hop of a path with the same groups. All of
// it is written as text.
import type { EdgeEvidence, EntityRelation } from '../../../src/model/read-models.js';
import { CO_MENTIONED } from '../../../src/model/types.js';
import type { QuotedSentences } from '../../shared/api-types.js';
import { CO_MENTION_COLOR } from '../../shared/palette.js';
import { append, clear, h } from '../dom.js';
import { describeRelation } from '../relation-text.js';
import { rejectButton, type CorrectionActions } from './corrections-panel.js';
import { panelHeader } from './panel-header.js';
import { articleLine, evidenceMeta, evidenceQuote, relationBadge } from './relation-card.js';

export interface EdgePanelActions {
  select(id: string): void;
  openArticle(id: string): void;
  /** The sentences of an article at these indexes, quoted from its file. */
  quote(article: string, at: readonly number[]): Promise<QuotedSentences>;
  close(): void;
  /** Present when the server takes corrections. */
  corrections?: CorrectionActions | undefined;
}

export function renderEdgePanel(
  panel: HTMLElement,
  found: EdgeEvidence,
  actions: EdgePanelActions,
): void {
  const { source, target, relations } = found;
  clear(panel);
  append(panel, [
    panelHeader(`${source.name} and ${target.name}`, actions.close),
    h('div', { class: 'actions' }, openButton(source, actions), openButton(target, actions)),
    h('h3', {}, `Evidence (${relations.length}${found.truncated ? '+' : ''})`),
    ...evidenceGroups(found, actions),
  ]);
  panel.hidden = false;
}

/** A button that opens one end of an edge. */
export function openButton(end: EdgeEvidence['source'], actions: EdgePanelActions): HTMLElement {
  return h(
    'button',
    { attrs: { type: 'button' }, on: { click: () => actions.select(end.id) } },
    `Open ${end.name}`,
  );
}

/**
 * The evidence between two entities: one section a relation type and direction, within it one
 * block an article (its title opens it), within that the sentences.
 */
export function evidenceGroups(found: EdgeEvidence, actions: EdgePanelActions): HTMLElement[] {
  const { source, target, relations } = found;
  return [
    ...groups(relations).map(({ type, direction, items }) => {
      const [from, to] = direction === 'in' ? [target, source] : [source, target];
      const description = describeRelation(type, from.name, to.name);
      const corrections = actions.corrections;
      return h(
        'section',
        { class: 'edge-group', attrs: { 'data-relation': type } },
        h('h4', {}, relationBadge(type), ` ${description}`),
        ...byArticle(items).map((cards) =>
          h(
            'div',
            {
              class: 'edge-article',
              attrs: { 'data-article': (cards[0] as EntityRelation).article.id },
            },
            articleLine((cards[0] as EntityRelation).article, actions.openArticle),
            ...cards.map((r) =>
              h(
                'article',
                { class: 'relation', attrs: { 'data-relation': r.type } },
                evidenceQuote(r),
                evidenceMeta(r),
                // The analyst rejects what one sentence says, not the article's other sentences.
                corrections
                  ? rejectButton(
                      {
                        relation: type,
                        source: from.id,
                        target: to.id,
                        article: r.article.id,
                        start: r.start,
                        // The file says what was rejected in words, not only by offset.
                        note: `not stated by: ${clip(r.evidence, 300)}`,
                      },
                      description,
                      corrections,
                    )
                  : null,
              ),
            ),
          ),
        ),
      );
    }),
    ...coMentionGroup(found, actions),
    ...(found.truncated ? [h('p', {}, `Showing the first ${relations.length}.`)] : []),
    ...(relations.length === 0 && !found.coMentions?.length
      ? [h('p', {}, 'No evidence between them passes the filters.')]
      : []),
  ];
}

/** The articles that name both, when co-mentions are on: each opens, with its shared sentences. */
function coMentionGroup(found: EdgeEvidence, actions: EdgePanelActions): HTMLElement[] {
  const shared = found.coMentions ?? [];
  if (shared.length === 0) return [];
  const { source, target } = found;
  const badge = h('span', { class: 'rel-type co-mention' }, CO_MENTIONED);
  badge.style.background = CO_MENTION_COLOR;
  return [
    h(
      'section',
      { class: 'edge-group', attrs: { 'data-relation': CO_MENTIONED } },
      h('h4', {}, badge, ` ${describeRelation(CO_MENTIONED, source.name, target.name)}`),
      ...shared.map(({ article, sentences }) =>
        h(
          'div',
          { class: 'edge-article' },
          articleLine(article, actions.openArticle),
          h('div', { class: 'meta' }, sharedSentences(sentences)),
          ...(sentences.length > 0 ? [quoteButton(article.id, sentences, actions)] : []),
        ),
      ),
      ...(found.coMentionsTruncated
        ? [h('p', {}, `Showing the newest ${shared.length} articles that name both.`)]
        : []),
    ),
  ];
}

/**
 * Quotes the sentences naming both when pressed, for this one article: the store keeps their
 * indexes, and the server reads the text from the article's file (a hub pair has thousands of
 * articles, so nothing is read until asked). The button gives way to the quotes, or to why
 * they cannot be had.
 */
function quoteButton(
  article: string,
  at: readonly number[],
  actions: EdgePanelActions,
): HTMLElement {
  const show = (found: QuotedSentences) =>
    button.replaceWith(
      ...found.sentences.map((s) =>
        h('blockquote', { attrs: { 'data-sentence': String(s.index) } }, s.text),
      ),
    );
  const button: HTMLElement = h(
    'button',
    {
      class: 'quote',
      attrs: { type: 'button' },
      on: {
        click: () => {
          button.setAttribute('disabled', '');
          actions.quote(article, at).then(show, (error: Error) => {
            button.replaceWith(h('p', { class: 'meta' }, error.message));
          });
        },
      },
    },
    at.length === 1 ? 'Quote the sentence' : 'Quote the sentences',
  );
  return button;
}

/**
 * Which sentences of an article name both, counted from 1 as a reader counts them: the store
 * keeps each mention's sentence indexes, not the article's text (its evidence sentences are in
 * the article's panel).
 */
function sharedSentences(indexes: readonly number[]): string {
  if (indexes.length === 0) return 'named in the same article';
  const numbers = indexes.map((i) => String(i + 1));
  const list =
    numbers.length === 1
      ? numbers[0]
      : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1) as string}`;
  return `named together in sentence${numbers.length === 1 ? '' : 's'} ${list}`;
}

/** The text cut to `max` characters, an ellipsis marking the cut. */
const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** One group a relation type and direction, in the order the store sent them (by type). */
function groups(relations: readonly EntityRelation[]) {
  const found = new Map<
    string,
    { type: EntityRelation['type']; direction: string; items: EntityRelation[] }
  >();
  for (const r of relations) {
    const key = `${r.type}:${r.direction}`;
    const group = found.get(key) ?? { type: r.type, direction: r.direction, items: [] };
    group.items.push(r);
    found.set(key, group);
  }
  return [...found.values()];
}

/** The relations of one article side by side, articles in the order they first come. */
function byArticle(relations: readonly EntityRelation[]): EntityRelation[][] {
  const found = new Map<string, EntityRelation[]>();
  for (const r of relations) found.set(r.article.id, [...(found.get(r.article.id) ?? []), r]);
  return [...found.values()];
}

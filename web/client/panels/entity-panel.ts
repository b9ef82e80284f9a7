// The side panel of one entity: its names and role, then every relation with the sentence that
// states it (trigger marked), the article's title and date. All of it is written as text.
import type { EntityDetail, EntityRelation, SearchHit } from '../../../src/model/read-models.js';
import { ENTITY_STYLES, FALLBACK_COLOR } from '../../shared/palette.js';
import { append, clear, h, swatch } from '../dom.js';
import { attachAutocomplete } from './autocomplete.js';
import { entityCorrections, type CorrectionActions } from './corrections-panel.js';
import { panelHeader } from './panel-header.js';
import { articleLine, evidenceMeta, evidenceQuote, relationBadge } from './relation-card.js';

export interface EntityPanelActions {
  select(id: string): void;
  expand(id: string): void;
  pathTo(source: string, target: SearchHit): void;
  openArticle(id: string): void;
  close(): void;
  /** Present when the server takes corrections. */
  corrections?: CorrectionActions | undefined;
}

export function renderEntityPanel(
  panel: HTMLElement,
  entity: EntityDetail,
  actions: EntityPanelActions,
  inView: boolean,
): void {
  clear(panel);
  panel.hidden = false;
  const color = ENTITY_STYLES[entity.type]?.color ?? FALLBACK_COLOR;
  const others = entity.aliases.filter((a) => a !== entity.name);

  const pathInput = h('input', {
    attrs: {
      type: 'search',
      placeholder: 'Shortest path to… (or shift-click a node)',
      'aria-label': `Shortest path from ${entity.name} to`,
      role: 'combobox',
      'aria-expanded': 'false',
      autocomplete: 'off',
    },
  });
  const pathList = h('ul', { class: 'suggestions', attrs: { role: 'listbox' } });
  pathList.hidden = true;
  attachAutocomplete({
    input: pathInput,
    list: pathList,
    onChoose: (hit) => actions.pathTo(entity.id, hit),
  });

  append(panel, [
    panelHeader(entity.name, actions.close),
    h('div', { class: 'type' }, swatch(color), ` ${entity.type}`),
    entity.role ? h('p', { class: 'role' }, entity.role) : null,
    others.length > 0 ? h('p', { class: 'aliases' }, `Also called: ${others.join(' · ')}`) : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          attrs: {
            type: 'button',
            title: inView
              ? 'Add its neighbours to the view'
              : 'Add it and its neighbours to the view',
          },
          on: { click: () => actions.expand(entity.id) },
        },
        'Expand neighbours',
      ),
    ),
    h('div', { class: 'path-finder' }, pathInput, pathList),
    actions.corrections ? entityCorrections(entity, actions.corrections) : null,
    h('h3', {}, `Relations (${entity.relationsTotal})`),
    ...entity.relations.map((r) => relationCard(r, actions)),
    entity.relations.length < entity.relationsTotal
      ? h('p', {}, `Showing the ${entity.relations.length} most recent.`)
      : null,
    entity.relations.length === 0 ? h('p', {}, 'No relation found for this entity.') : null,
    h('h3', {}, `Mentioned in ${entity.articles.length} articles`),
    h(
      'ol',
      { class: 'articles-list' },
      ...entity.articles.map((a) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              class: 'link',
              attrs: { type: 'button', title: `Open the article ${a.title}` },
              on: { click: () => actions.openArticle(a.id) },
            },
            a.title,
          ),
          h(
            'small',
            {},
            ` — ${[a.published?.slice(0, 10) ?? 'undated', a.outlet, `${a.mentions}×`].filter(Boolean).join(' · ')}`,
          ),
        ),
      ),
    ),
  ]);
}

function relationCard(r: EntityRelation, actions: EntityPanelActions): HTMLElement {
  const arrow = r.direction === 'out' ? '→' : r.direction === 'in' ? '←' : '↔';
  return h(
    'article',
    { class: 'relation', attrs: { 'data-relation': r.type, 'data-other': r.other.id } },
    h(
      'div',
      { class: 'head' },
      relationBadge(r.type),
      h('span', { attrs: { 'aria-label': directionLabel(r.direction) } }, arrow),
      h(
        'button',
        {
          class: 'other',
          attrs: { type: 'button', title: `Open ${r.other.name}` },
          on: { click: () => actions.select(r.other.id) },
        },
        r.other.name,
      ),
    ),
    evidenceQuote(r),
    articleLine(r.article, actions.openArticle),
    evidenceMeta(r),
  );
}

function directionLabel(direction: EntityRelation['direction']): string {
  if (direction === 'out') return 'to';
  if (direction === 'in') return 'from';
  return 'with';
}

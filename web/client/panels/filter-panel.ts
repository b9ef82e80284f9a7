// The filter panel: entity and relation types, published dates, minimum confidence, articles,
// a search term. Each checkbox shows "in view / in the store" and updates with every load.
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../../../src/model/types.js';
import { DEFAULT_FILTERS, FILTERS, type FilterValues } from '../../../src/model/filters.js';
import type { ArticleSummary } from '../../../src/model/read-models.js';
import type { StatsResponse } from '../../shared/api-types.js';
import { ENTITY_STYLES, RELATION_COLORS } from '../../shared/palette.js';
import { api } from '../api.js';
import { untilAnswered } from '../connection.js';
import { latest, Superseded } from '../requests.js';
import { byId, clear, h, swatch } from '../dom.js';
import { createTimeline } from './timeline.js';
import type { ExplorerGraph } from '../graph-model.js';

export interface FilterPanel {
  /** Recounts what the view shows, per type, relation and article. */
  updateCounts(graph: ExplorerGraph): void;
  set(filters: FilterValues): void;
}

/**
 * `firstView`: settles once the first view is drawn. The article list and the timeline wait for
 * it: each reads the store as hard as the view (the timeline walks every relation), and on a
 * 2-core machine they drew the first frame out by as long again.
 */
export function createFilterPanel(
  stats: StatsResponse,
  initial: FilterValues,
  onChange: (filters: FilterValues) => void,
  firstView: Promise<unknown>,
): FilterPanel {
  let filters: FilterValues = structuredClone(initial);
  const typeBox = byId('filter-types');
  const relationBox = byId('filter-relations');
  const articleBox = byId('filter-articles');
  const from = byId<HTMLInputElement>('filter-from');
  const to = byId<HTMLInputElement>('filter-to');
  const confidence = byId<HTMLInputElement>('filter-confidence');
  const confidenceValue = byId<HTMLOutputElement>('filter-confidence-value');
  const q = byId<HTMLInputElement>('filter-q');
  const isolated = byId<HTMLInputElement>('filter-isolated');
  const comention = byId<HTMLSelectElement>('filter-comention');
  const undated = byId<HTMLInputElement>('filter-undated');
  const timeline = createTimeline(byId('timeline'), (first, last) => {
    filters.from = first;
    filters.to = last;
    renderFields();
    changed();
  });
  const articleSearch = byId<HTMLInputElement>('filter-article-search');
  const counts = new Map<string, HTMLElement>();
  let articles: ArticleSummary[] = [];
  /**
   * The edges each listed article is evidence for under the filters, from the store: a view's
   * edges do not always list their articles (a ranked first page, whole-corpus co-mentions), so
   * counting the drawn ones among these is what makes an article's count exact. Null until read.
   */
  let articleEdges: Map<string, string[]> | null = null;

  /** The timeline counts what passes every filter but the dates: it changes with them. */
  const loadTimeline = async () => {
    try {
      // Through an outage it waits and draws when the store is back (connection.ts).
      const data = await latest('timeline', (ticket) =>
        ticket.ask((signal) => untilAnswered((s) => api.timeline(filters, s), signal)),
      );
      timeline.render(data, filters);
    } catch (error) {
      if (!(error instanceof Superseded)) throw error;
    }
  };
  /** Reads again what the listed articles back under the filters, and recounts. */
  const loadArticleEdges = async () => {
    const text = articleSearch.value.trim() || null;
    try {
      const found = await latest('articleEdges', (ticket) =>
        ticket.ask((signal) => untilAnswered((s) => api.articleEdges(text, filters, s), signal)),
      );
      articleEdges = new Map(found.articles.map((a) => [a.id, a.edges]));
    } catch (error) {
      if (error instanceof Superseded) return;
      throw error;
    }
    if (lastGraph) panel.updateCounts(lastGraph);
  };
  const changed = () => {
    onChange(structuredClone(filters));
    void loadTimeline();
    void loadArticleEdges();
  };

  const checkbox = (
    group: string,
    value: string,
    label: HTMLElement | string,
    color: string | null,
    checked: boolean,
    toggle: (on: boolean) => void,
  ) => {
    const input = h('input', { attrs: { type: 'checkbox', value, 'data-group': group } });
    input.checked = checked;
    input.addEventListener('change', () => toggle(input.checked));
    const count = h('span', { class: 'count' });
    counts.set(`${group}:${value}`, count);
    return h(
      'label',
      {},
      input,
      color ? swatch(color, group === 'relation' ? 'line' : 'dot') : null,
      label,
      count,
    );
  };

  const toggleIn = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

  const renderTypes = () => {
    clear(typeBox);
    for (const t of ENTITY_TYPES) {
      typeBox.appendChild(
        checkbox('type', t, t, ENTITY_STYLES[t].color, filters.types.includes(t), (on) => {
          filters.types = toggleIn<EntityType>(filters.types, t, on);
          changed();
        }),
      );
    }
    clear(relationBox);
    for (const r of RELATION_TYPES) {
      relationBox.appendChild(
        checkbox('relation', r, r, RELATION_COLORS[r], filters.relations.includes(r), (on) => {
          filters.relations = toggleIn<RelationType>(filters.relations, r, on);
          changed();
        }),
      );
    }
  };

  let lastGraph: ExplorerGraph | null = null;
  const renderArticles = () => {
    clear(articleBox);
    for (const key of counts.keys()) if (key.startsWith('article:')) counts.delete(key);
    for (const a of articles) {
      const title = h(
        'span',
        { class: 'title' },
        a.title,
        h('br'),
        h(
          'small',
          {},
          [a.published?.slice(0, 10), a.outlet, `${a.relations} relations`]
            .filter(Boolean)
            .join(' · '),
        ),
      );
      articleBox.appendChild(
        checkbox('article', a.id, title, null, filters.articles.includes(a.id), (on) => {
          filters.articles = toggleIn(filters.articles, a.id, on);
          changed();
        }),
      );
    }
    if (articles.length === 0) articleBox.appendChild(h('small', {}, 'No article matches.'));
    if (lastGraph) panel.updateCounts(lastGraph);
  };

  const loadArticles = async () => {
    const text = articleSearch.value.trim();
    try {
      articles = await latest(
        'articles',
        async (ticket) =>
          (
            await ticket.ask((signal) =>
              untilAnswered((s) => api.articles(text || null, s), signal),
            )
          ).articles,
      );
    } catch (error) {
      if (error instanceof Superseded) return;
      throw error;
    }
    articleEdges = null;
    renderArticles();
    void loadArticleEdges();
  };

  const renderFields = () => {
    from.value = filters.from ?? '';
    to.value = filters.to ?? '';
    confidence.value = String(filters.minConfidence);
    confidenceValue.value = filters.minConfidence.toFixed(2);
    q.value = filters.q ?? '';
    isolated.checked = filters.isolated;
    comention.value = filters.comention;
    undated.checked = filters.undated;
  };

  const date = (input: HTMLInputElement, key: 'from' | 'to') => {
    input.addEventListener('change', () => {
      filters[key] = input.value || null;
      changed();
    });
  };
  date(from, 'from');
  date(to, 'to');
  confidence.addEventListener('input', () => {
    confidenceValue.value = Number(confidence.value).toFixed(2);
  });
  confidence.addEventListener('change', () => {
    filters.minConfidence = Number(confidence.value);
    changed();
  });
  q.addEventListener('change', () => {
    const value = q.value.trim();
    filters.q = value || null;
    changed();
  });
  isolated.addEventListener('change', () => {
    filters.isolated = isolated.checked;
    changed();
  });
  undated.addEventListener('change', () => {
    filters.undated = undated.checked;
    changed();
  });
  byId('filter-dates-clear').addEventListener('click', () => {
    filters.from = filters.to = null;
    renderFields();
    changed();
  });
  comention.addEventListener('change', () => {
    filters.comention = FILTERS.comention.read([comention.value], false);
    changed();
  });
  let articleTimer: ReturnType<typeof setTimeout> | undefined;
  articleSearch.addEventListener('input', () => {
    clearTimeout(articleTimer);
    articleTimer = setTimeout(() => void loadArticles(), 200);
  });
  byId('filter-reset').addEventListener('click', () => {
    filters = structuredClone(DEFAULT_FILTERS);
    renderTypes();
    renderFields();
    renderArticles();
    changed();
  });

  renderTypes();
  renderFields();

  /** Ticks the boxes the filters say, in place, so focus stays on the box the user is on. */
  const syncChecks = () => {
    const lists: Record<string, readonly string[]> = {
      type: filters.types,
      relation: filters.relations,
      article: filters.articles,
    };
    for (const box of [typeBox, relationBox, articleBox]) {
      for (const input of box.querySelectorAll<HTMLInputElement>('input[data-group]')) {
        input.checked = lists[input.dataset.group ?? '']?.includes(input.value) ?? false;
      }
    }
  };

  const panel: FilterPanel = {
    set(next) {
      filters = structuredClone(next);
      syncChecks();
      renderFields();
      void loadTimeline();
      void loadArticleEdges();
    },
    updateCounts(graph) {
      lastGraph = graph;
      const seen = new Map<string, number>();
      const bump = (key: string, by = 1) => seen.set(key, (seen.get(key) ?? 0) + by);
      graph.forEachNode((_n, a) => bump(`type:${a.entityType}`));
      // Evidence, not folded edges: comparable with the store's relation counts.
      graph.forEachEdge((_e, a) => bump(`relation:${a.relation}`, a.count));
      for (const [key, element] of counts) {
        const [group, value] = key.split(/:(.*)/s) as [string, string];
        if (group === 'article') {
          // Articles count the edges in view they are evidence for; their own total is in their line.
          if (articleEdges === null) {
            element.textContent = '…';
            element.title = 'Counting the edges in view this article is evidence for';
            continue;
          }
          const cited = (articleEdges.get(value) ?? []).filter((e) => graph.hasEdge(e)).length;
          element.textContent = String(cited);
          element.title = `${cited} edges in view cite this article`;
          continue;
        }
        const shown = seen.get(key) ?? 0;
        const total =
          group === 'type'
            ? stats.entityTypes[value as EntityType]
            : stats.relationTypes[value as RelationType];
        element.textContent = `${shown} / ${total}`;
        element.title = `${shown} in view of ${total} in the store`;
      }
    },
  };
  void firstView.finally(() => {
    void loadArticles();
    void loadTimeline();
  });
  return panel;
}

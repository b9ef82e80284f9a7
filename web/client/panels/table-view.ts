// The table view: the entities and edges the graph shows (so filtered exactly as it is), as two
// sortable tables, and a CSV of every piece of evidence under the same filters from the API.
// All of it is written as text.
import { writeFilters, type FilterValues } from '../../../src/model/filters.js';
import { CO_MENTIONED } from '../../../src/model/types.js';
import { append, clear, h } from '../dom.js';
import type { ExplorerGraph } from '../graph-model.js';

/** null: the column says nothing of this row (a co-mention claims nothing, so has no confidence). */
type Cell = string | number | null;
interface Column {
  label: string;
  numeric?: boolean;
}

/** Rows drawn at most: a table of 50k edges would stall the page; the CSV has them all. */
const MAX_ROWS = 1000;

export interface TableView {
  toggle(): void;
  /** Redraws from the graph when open. */
  refresh(): void;
}

export function createTableView(
  section: HTMLElement,
  graph: ExplorerGraph,
  filters: () => FilterValues,
): TableView {
  let kind: 'entities' | 'relations' = 'entities';
  const sort = { column: 2, descending: true };

  const data = (): { columns: Column[]; rows: Cell[][] } => {
    if (kind === 'entities') {
      const rows: Cell[][] = [];
      graph.forEachNode((id, a) => rows.push([a.label, a.entityType, a.degree, a.articles, id]));
      return {
        columns: [
          { label: 'Name' },
          { label: 'Type' },
          { label: 'Degree', numeric: true },
          { label: 'Articles', numeric: true },
          { label: 'Id' },
        ],
        rows,
      };
    }
    const rows: Cell[][] = [];
    graph.forEachEdge((_e, a, source, target) =>
      rows.push([
        graph.getNodeAttribute(source, 'label'),
        a.relation,
        graph.getNodeAttribute(target, 'label'),
        a.count,
        a.relation === CO_MENTIONED ? null : a.confidence,
        a.articleCount,
      ]),
    );
    return {
      columns: [
        { label: 'Source' },
        { label: 'Relation' },
        { label: 'Target' },
        { label: 'Weight', numeric: true },
        { label: 'Confidence', numeric: true },
        { label: 'Articles', numeric: true },
      ],
      rows,
    };
  };

  const render = () => {
    const { columns, rows } = data();
    const by = Math.min(sort.column, columns.length - 1);
    rows.sort((x, y) => {
      const [a, b] = [x[by] as Cell, y[by] as Cell];
      // Empty cells go last, whichever way the column is sorted.
      if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
      const order =
        typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
      return sort.descending ? -order : order;
    });
    const csv = new URL('/api/export/evidence.csv', window.location.href);
    csv.search = writeFilters(filters(), 'graph').toString();
    const tab = (which: typeof kind, label: string) =>
      h(
        'button',
        {
          attrs: { type: 'button', 'aria-pressed': String(kind === which), 'data-table': which },
          on: {
            click: () => {
              kind = which;
              sort.column = which === 'entities' ? 2 : 3;
              sort.descending = true;
              render();
            },
          },
        },
        label,
      );
    clear(section);
    append(section, [
      h(
        'div',
        { class: 'table-actions' },
        tab('entities', `Entities (${graph.order})`),
        tab('relations', `Relations (${graph.size})`),
        h(
          'a',
          {
            attrs: { href: csv.toString(), download: 'newsgraph-evidence.csv', id: 'evidence-csv' },
          },
          'Download evidence CSV',
        ),
      ),
      h(
        'table',
        { class: 'data-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...columns.map((c, i) =>
              h(
                'th',
                {
                  attrs: {
                    scope: 'col',
                    'aria-sort': i === by ? (sort.descending ? 'descending' : 'ascending') : 'none',
                  },
                },
                h(
                  'button',
                  {
                    attrs: { type: 'button' },
                    on: {
                      click: () => {
                        sort.descending = sort.column === i ? !sort.descending : !!c.numeric;
                        sort.column = i;
                        render();
                      },
                    },
                  },
                  c.label,
                ),
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows
            .slice(0, MAX_ROWS)
            .map((row) =>
              h(
                'tr',
                {},
                ...row.map((cell, i) =>
                  h(
                    'td',
                    columns[i]?.numeric ? { class: 'num' } : {},
                    cell === null
                      ? '—'
                      : typeof cell === 'number' && !Number.isInteger(cell)
                        ? cell.toFixed(2)
                        : String(cell),
                  ),
                ),
              ),
            ),
        ),
      ),
      rows.length > MAX_ROWS
        ? h(
            'p',
            {},
            `Showing ${MAX_ROWS} of ${rows.length} rows; the CSV has every piece of evidence.`,
          )
        : null,
    ]);
  };

  return {
    toggle() {
      section.hidden = !section.hidden;
      if (!section.hidden) render();
    },
    refresh() {
      if (!section.hidden) render();
    },
  };
}

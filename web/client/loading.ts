// Data loading: a view's pages from the API into the graph, and the count of what is in flight
// that the page's test hook reads. Every request goes through latest() (requests.ts), so a stale
// answer never lands.
import type { FilterValues } from '../../src/model/filters.js';
import { GRAPH_LIMITS, type GraphView } from '../shared/api-types.js';
import { api } from './api.js';
import { untilAnswered, Unavailable } from './connection.js';
import { latest, Superseded } from './requests.js';
import type { StatusLine } from './status.js';
import type { View } from './view.js';

/** How an action ended: done, replaced by a newer one, or failed (the status line says why). */
export type Outcome = 'done' | 'superseded' | 'failed';

export interface Loader {
  /**
   * Loads the view for the current filters from scratch. With `untilAnswered` it waits out an
   * outage (the first view: there is nothing else to show); otherwise it fails at once.
   */
  load(options?: { untilAnswered?: boolean }): Promise<Outcome>;
  /** Adds an entity's strongest neighbours to the view. */
  expand(id: string): Promise<void>;
  /**
   * Runs one user action: counted while in flight, its error shown on the status line, its end
   * ignored once a newer action superseded it.
   */
  track(action: () => Promise<void>): Promise<void>;
  /** The first view is drawn and nothing is in flight. */
  readonly ready: boolean;
  /** Views and pages drawn so far. */
  readonly loads: number;
  /** The Cypher of what the view shows, for Neo4j Browser. */
  cypher: string;
  /** The filters of the view the graph shows: those of the last view drawn. */
  readonly shown: FilterValues;
}

export interface LoaderHooks {
  /** A page was merged into the graph. */
  onPage(): void;
  /** The view was reloaded: open again what the URL says is open. */
  restoreFocus(): Promise<void>;
}

export function createLoader(view: View, status: StatusLine, hooks: LoaderHooks): Loader {
  let loads = 0;
  let busy = 0;
  let shown = view.state.filters;

  const run = async (action: () => Promise<void>): Promise<Outcome> => {
    busy++;
    try {
      await action();
      return 'done';
    } catch (error) {
      if (error instanceof Superseded) return 'superseded';
      // The outage notice says why in plain words; the status line says the action was dropped.
      status.error(
        error instanceof Unavailable
          ? 'Not done: the database is not answering. Try again when it is back.'
          : error instanceof Error
            ? error.message
            : String(error),
      );
      return 'failed';
    } finally {
      busy--;
    }
  };
  const track = async (action: () => Promise<void>) => void (await run(action));

  const addPage = (page: GraphView) => {
    const added = view.addPage(page);
    hooks.onPage();
    return added;
  };

  const describe = (page: GraphView) => {
    const { graph } = view;
    const more = page.page.nextOffset;
    const text = `${graph.order.toLocaleString()} of ${page.total.nodes.toLocaleString()} entities · ${graph.size.toLocaleString()} edges${page.edgesTruncated ? ' (edge cap reached)' : ''}`;
    status.info(
      text,
      more === null
        ? undefined
        : {
            label: `Load ${Math.min(page.page.limit, page.total.nodes - more)} more`,
            run: () => void loadMore(more),
          },
    );
  };

  const loadMore = (offset: number) =>
    track(() =>
      latest('more', async (ticket) => {
        const page = await ticket.ask((signal) =>
          api.graph(view.state.filters, signal, offset, GRAPH_LIMITS.moreEdges),
        );
        addPage(page);
        describe(page);
        view.refresh();
        loads++;
      }),
    );

  const loader: Loader = {
    cypher: '',
    get ready() {
      return loads > 0 && busy === 0;
    },
    get loads() {
      return loads;
    },
    get shown() {
      return shown;
    },
    track,
    load: (options = {}) =>
      run(() =>
        latest('view', async (ticket) => {
          status.info('Loading…');
          const filters = view.state.filters;
          const ask = (signal: AbortSignal) => api.graph(filters, signal);
          const page = await ticket.ask((signal) =>
            options.untilAnswered ? untilAnswered(ask, signal) : ask(signal),
          );
          shown = filters;
          view.layout.kill();
          view.graph.clear();
          loader.cypher = page.cypher;
          addPage(page);
          view.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
          describe(page);
          // Held by the view's ticket: a view superseded while its focus reopens is not counted.
          await ticket.ask(() => hooks.restoreFocus());
          loads++;
        }),
      ),
    expand: (id) =>
      track(() =>
        latest('expand', async (ticket) => {
          const page = await ticket.ask((signal) => api.neighbours(id, view.state.filters, signal));
          const added = addPage(page);
          view.refresh();
          const name = view.graph.getNodeAttribute(id, 'label') ?? id;
          status.info(`${added} entities added around ${name}.`);
        }),
      ),
  };
  return loader;
}

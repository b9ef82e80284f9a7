// The explorer page: builds the view, the loader, the actions and the panels, and hands them to
// each other. Each concern lives in its own module (view.ts, loading.ts, actions.ts, panels/);
// this one only decides the order things start in.
import type { FilterValues } from '../../src/model/filters.js';
import { bindInteractions, createActions } from './actions.js';
import { api } from './api.js';
import { untilAnswered } from './connection.js';
import { createCypherDialog } from './cypher-dialog.js';
import { byId } from './dom.js';
import { exportView, type ExportFormat } from './export/formats.js';
import { bindKeyboardNavigation } from './keyboard-nav.js';
import { createLoader } from './loading.js';
import { followPanelFocus } from './panel-focus.js';
import { attachAutocomplete } from './panels/autocomplete.js';
import { createFilterPanel, type FilterPanel } from './panels/filter-panel.js';
import { bindAppearanceControls } from './panels/appearance-controls.js';
import { createTableView, type TableView } from './panels/table-view.js';
import { attachTooltip } from './panels/tooltip.js';
import { latest } from './requests.js';
import { createSavedViews, linkSaysState } from './saved-views.js';
import { createOutageNotice, createStatusLine } from './status.js';
import { followTheme } from './theme.js';
import { createView } from './view.js';

declare global {
  interface Window {
    /** Read-only view of the page for tests and the curious: do not write through it. */
    __newsgraph?: unknown;
  }
}

async function start(): Promise<void> {
  const view = createView();
  // Read now: the first view's layout may drop `view=` from the address before the link opens.
  const linked = view.state.view;
  const linkState = linkSaysState();
  const status = createStatusLine();
  followTheme(view.renderer);
  // On a small screen the filters are a sheet over the graph, opened from the toolbar.
  const filtersToggle = byId('filters-toggle');
  filtersToggle.addEventListener('click', () => {
    const open = byId('filters').classList.toggle('open');
    filtersToggle.setAttribute('aria-expanded', String(open));
  });
  createOutageNotice();
  // The filter panel needs the stats, which the first view does not wait for.
  const panels: { filter?: FilterPanel; table?: TableView } = {};
  let panelsReady = false;
  const loader = createLoader(view, status, {
    onPage: () => {
      panels.filter?.updateCounts(view.graph);
      panels.table?.refresh();
    },
    // A panel a link opens waits to know whether to offer corrections (its Reject buttons).
    restoreFocus: async () => {
      await correctionsKnown;
      await actions.restoreFocus();
    },
  });
  const actions = createActions(view, loader, status);
  // Corrections are offered only where the server has a corpus to write them beside.
  const correctionsKnown = api
    .corrections(new AbortController().signal)
    .then((found) => {
      if (!found.enabled) return;
      actions.enableCorrections();
      const open = byId('corrections-open');
      open.hidden = false;
      open.addEventListener('click', () => void actions.showCorrections());
    })
    .catch(() => undefined);
  bindInteractions(view, actions, loader);
  const panelFocus = followPanelFocus(byId('details'), view.container);
  bindKeyboardNavigation(view, actions, panelFocus);
  attachTooltip(view.renderer, byId('tooltip'));
  const showAppearance = bindAppearanceControls(view.appearance, (appearance) =>
    view.setAppearance(appearance),
  );

  // The first view does not wait for the stats the panels need: both are asked for at once.
  // A page opened during an outage waits for the store to come back (connection.ts), then draws.
  const firstView = loader.load({ untilAnswered: true });
  const stats = await latest('stats', (ticket) =>
    ticket.ask((signal) => untilAnswered((s) => api.stats(s), signal)),
  );

  const cypherDialog = createCypherDialog(stats.neo4jBrowserUrl);
  byId('cypher-open').addEventListener('click', () => cypherDialog.open(loader.cypher));
  const exportMenu = byId<HTMLDetailsElement>('export-menu');
  for (const button of exportMenu.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    button.addEventListener('click', () => {
      exportMenu.open = false;
      exportView(
        button.dataset.export as ExportFormat,
        view.graph,
        view.renderer,
        view.legend,
      ).catch((error: unknown) =>
        status.error(error instanceof Error ? error.message : String(error)),
      );
    });
  }
  const table = createTableView(byId('table-view'), view.graph, () => view.state.filters);
  panels.table = table;
  byId('table-toggle').addEventListener('click', () => table.toggle());
  attachAutocomplete({
    input: byId<HTMLInputElement>('search-input'),
    list: byId<HTMLUListElement>('search-results'),
    onChoose: (hit) => {
      panelFocus.request();
      void actions.select(hit.id);
    },
  });
  // A change the store could not apply is taken back, so the controls and the address never
  // claim a view the graph does not show.
  const applyFilters = async (filters: FilterValues) => {
    view.state.filters = filters;
    view.saveState();
    if ((await loader.load()) === 'failed' && view.state.filters === filters) {
      view.state.filters = loader.shown;
      view.saveState();
      panels.filter?.set(loader.shown);
    }
  };
  panels.filter = createFilterPanel(
    stats,
    view.state.filters,
    (filters) => void applyFilters(filters),
    firstView,
  );
  panels.filter.updateCounts(view.graph);
  const savedViews = createSavedViews(
    view,
    loader,
    status,
    (filters) => {
      view.state.filters = filters;
      view.saveState();
      panels.filter?.set(filters);
    },
    (appearance) => {
      showAppearance(appearance);
      view.setAppearance(appearance);
    },
  );
  // A link to a saved view (`?view=<id>`) opens it over the first view, positions and all; a
  // link that also says filters, selection or appearance keeps its own.
  if (linked) {
    await firstView;
    await savedViews.open(linked, { keepState: linkState });
  }
  panelsReady = true;

  window.__newsgraph = Object.freeze({
    graph: view.graph,
    renderer: view.renderer,
    /** True once the panels are built, the first view is drawn and nothing is loading. */
    get ready() {
      return panelsReady && loader.ready;
    },
    get loads() {
      return loader.loads;
    },
    get state() {
      return structuredClone(view.state);
    },
    get highlight() {
      const { focus, path } = view.highlight;
      return {
        focus,
        path: path ? [...path.nodes] : null,
        pathEdges: path ? [...path.edges] : null,
      };
    },
    get cypher() {
      return loader.cypher;
    },
    get layout() {
      const { layout } = view;
      return {
        running: layout.isRunning(),
        movement: layout.movement,
        stoppedBy: layout.stoppedBy,
      };
    },
  });

  await firstView;
}

start().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) {
    status.classList.add('error');
    status.textContent = error instanceof Error ? error.message : String(error);
  }
});

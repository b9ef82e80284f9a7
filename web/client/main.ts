// The explorer page: wires data loading, the renderer, the layout and the panels together.
// Each piece lives in its own module; this one only decides what happens when.
import type { FilterValues } from '../../src/model/filters.js';
import type { SearchHit } from '../../src/model/read-models.js';
import type { GraphView, StatsResponse } from '../shared/api-types.js';
import { api, ApiError } from './api.js';
import { createCypherDialog } from './cypher-dialog.js';
import { byId } from './dom.js';
import { exportView, type ExportFormat } from './export/formats.js';
import { createGraph, mergePage } from './graph-model.js';
import { createHighlight, setFocus, setPath } from './highlight.js';
import { createLayout } from './layout.js';
import { renderEntityPanel } from './panels/entity-panel.js';
import { attachAutocomplete } from './panels/autocomplete.js';
import { createFilterPanel } from './panels/filter-panel.js';
import { renderLegend } from './panels/legend.js';
import { attachTooltip } from './panels/tooltip.js';
import { loadPositions, savePositions, seededPosition } from './positions.js';
import { createRenderer, followContainerSize, tuneForSize } from './renderer.js';
import { createStatusLine } from './status.js';
import { HIDE_EDGES_ON_MOVE_ABOVE } from './settings.js';
import { readUrlState, writeUrlState, type ViewState } from './url-state.js';

declare global {
  interface Window {
    /** Read-only view of the page for tests and the curious: do not write through it. */
    __newsgraph?: unknown;
  }
}

async function start(): Promise<void> {
  const state: ViewState = readUrlState();
  const status = createStatusLine();
  const graph = createGraph();
  const highlight = createHighlight();
  const container = byId('graph');
  const details = byId('details');
  const renderer = createRenderer(graph, container, highlight);
  followContainerSize(renderer, container);
  const remembered = loadPositions();
  let lastCypher = '';
  let loads = 0;
  let busy = 0;
  let generation = 0;

  const positionOf = (id: string) => remembered.get(id) ?? seededPosition(id);
  const persist = () => {
    graph.forEachNode((id, a) => remembered.set(id, { x: a.x, y: a.y }));
    savePositions(remembered);
  };
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  const layout = createLayout(graph, {
    // The layout moved everything: bring the open entity back into the middle.
    onStop: () => {
      persist();
      if (state.node && graph.hasNode(state.node)) moveTo(state.node);
    },
    onChange: (running) => {
      highlight.edgesHidden = running && graph.size > HIDE_EDGES_ON_MOVE_ABOVE;
      if (!running) renderer.refresh({ skipIndexation: true });
      layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
      layoutButton.setAttribute('aria-pressed', String(running));
    },
  });
  layoutButton.addEventListener('click', () =>
    layout.isRunning() ? layout.stop() : layout.start(),
  );

  const report = (error: unknown) => {
    const message =
      error instanceof ApiError || error instanceof Error ? error.message : String(error);
    status.error(message);
  };
  /** Runs one user action: counted while in flight (the test hook's `ready`), errors shown. */
  const track = async (action: () => Promise<void>) => {
    busy++;
    try {
      await action();
    } catch (error) {
      report(error);
    } finally {
      busy--;
    }
  };

  const refreshView = () => {
    setFocus(highlight, graph, state.node ?? null);
    renderer.refresh({ skipIndexation: false });
  };

  const addPage = (page: Pick<GraphView, 'nodes' | 'edges'>) => {
    const added = mergePage(graph, page, positionOf);
    tuneForSize(renderer);
    filterPanel.updateCounts(graph);
    // Nodes this browser never laid out need the layout; remembered ones are already placed.
    if (added > 0 && page.nodes.some((n) => !remembered.has(n.id))) layout.start();
    return added;
  };

  const describe = (page: GraphView) => {
    const shown = graph.order;
    const more = page.page.nextOffset;
    const text = `${shown.toLocaleString()} of ${page.total.nodes.toLocaleString()} entities · ${graph.size.toLocaleString()} edges${page.edgesTruncated ? ' (edge cap reached)' : ''}`;
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

  /** Loads the view for the current filters from scratch; the first time, the page asked early. */
  const load = (early?: Promise<GraphView>) =>
    track(async () => {
      const mine = ++generation;
      status.info('Loading…');
      layout.kill();
      const page = await (early ?? api.graph(state.filters));
      if (mine !== generation) return;
      graph.clear();
      lastCypher = page.cypher;
      addPage(page);
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      describe(page);
      // Opening the entity forgets any path, so read the path's far end first.
      const pathTo = state.pathTo;
      if (state.node) await select(state.node, { move: true });
      if (state.node && pathTo) await showPath(state.node, pathTo);
      else refreshView();
      loads++;
    });

  const loadMore = (offset: number) =>
    track(async () => {
      const page = await api.graph(state.filters, offset);
      addPage(page);
      describe(page);
      refreshView();
      loads++;
    });

  /** Frames the entity and its neighbours (or a path): the camera ratio 1 shows everything. */
  const frame = (ids: Iterable<string>) => {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const id of ids) {
      const d = renderer.getNodeDisplayData(id);
      if (!d) continue;
      [minX, minY] = [Math.min(minX, d.x), Math.min(minY, d.y)];
      [maxX, maxY] = [Math.max(maxX, d.x), Math.max(maxY, d.y)];
    }
    if (minX === Infinity) return;
    const ratio = Math.min(Math.max(Math.max(maxX - minX, maxY - minY) * 1.4, 0.08), 1);
    void renderer
      .getCamera()
      .animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  };
  const moveTo = (id: string) => frame(highlight.focus === id ? highlight.near : [id]);

  /** Opens an entity: adds it (and its neighbours) when the view lacks it, focuses, fills the panel. */
  const select = (id: string, options: { move: boolean } = { move: true }) =>
    track(async () => {
      state.node = id;
      delete state.pathTo;
      setPath(highlight, null);
      writeUrlState(state);
      if (!graph.hasNode(id)) addPage(await api.neighbours(id, state.filters));
      refreshView();
      if (options.move) moveTo(id);
      const entity = await api.entity(id);
      if (state.node !== id) return;
      renderEntityPanel(details, entity, panelActions, graph.hasNode(id));
    });

  const deselect = () => {
    delete state.node;
    delete state.pathTo;
    setPath(highlight, null);
    details.hidden = true;
    writeUrlState(state);
    refreshView();
  };

  const expand = (id: string) =>
    track(async () => {
      const page = await api.neighbours(id, state.filters);
      const added = addPage(page);
      refreshView();
      status.info(`${added} entities added around ${graph.getNodeAttribute(id, 'label') ?? id}.`);
    });

  const showPath = (source: string, target: string) =>
    track(async () => {
      const result = await api.path(source, target, state.filters);
      addPage(result);
      state.node = source;
      state.pathTo = target;
      writeUrlState(state);
      setPath(highlight, result.path, result.pathEdges);
      refreshView();
      frame(result.path);
      if (result.path.length === 0) {
        status.info('No path between them through relations that pass the filters.');
      } else {
        lastCypher = result.cypher;
        const names = result.path.map((n) => graph.getNodeAttribute(n, 'label') ?? n);
        const steps = result.path.length - 1;
        status.info(
          `Shortest path (${steps} step${steps === 1 ? '' : 's'}): ${names.join(' → ')}`,
          {
            label: 'Clear path',
            run: () => {
              delete state.pathTo;
              setPath(highlight, null);
              writeUrlState(state);
              refreshView();
            },
          },
        );
      }
    });

  const panelActions = {
    select: (id: string) => void select(id),
    expand: (id: string) => void expand(id),
    pathTo: (source: string, hit: SearchHit) => void showPath(source, hit.id),
    close: deselect,
  };

  // Graph interactions: click opens, shift-click asks for a path, double-click expands.
  renderer.on('clickNode', ({ node, event }) => {
    if (event.original.shiftKey && state.node && state.node !== node)
      void showPath(state.node, node);
    else void select(node, { move: false });
  });
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    void expand(node);
  });
  renderer.on('clickStage', () => {
    if (state.node) deselect();
  });
  renderer.on('enterNode', ({ node }) => {
    highlight.hovered = node;
    container.style.cursor = 'pointer';
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    highlight.hovered = null;
    container.style.cursor = '';
    renderer.refresh({ skipIndexation: true });
  });
  attachTooltip(renderer, byId('tooltip'));
  renderLegend(byId('legend'));

  // Controls.
  const camera = renderer.getCamera();
  byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ duration: 300 }));
  byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ duration: 300 }));
  byId('zoom-reset').addEventListener('click', () => void camera.animatedReset({ duration: 300 }));
  // The first view does not wait for the stats the panels need: both are asked for at once.
  const firstPage = api.graph(state.filters);
  firstPage.catch(() => undefined); // load() reports it; this only keeps it from going unhandled
  const stats: StatsResponse = await api.stats();
  const cypherDialog = createCypherDialog(stats.neo4jBrowserUrl);
  byId('cypher-open').addEventListener('click', () => cypherDialog.open(lastCypher));
  const exportMenu = byId<HTMLDetailsElement>('export-menu');
  for (const button of exportMenu.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    button.addEventListener('click', () => {
      exportMenu.open = false;
      exportView(button.dataset.export as ExportFormat, graph, renderer).catch(report);
    });
  }
  attachAutocomplete({
    input: byId<HTMLInputElement>('search-input'),
    list: byId<HTMLUListElement>('search-results'),
    onChoose: (hit) => void select(hit.id),
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement;
    if (event.key === 'Escape' && !typing && state.node) deselect();
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId('search-input').focus();
    }
  });

  const filterPanel = createFilterPanel(stats, state.filters, (filters: FilterValues) => {
    state.filters = filters;
    writeUrlState(state);
    void load();
  });
  window.addEventListener('beforeunload', persist);

  window.__newsgraph = Object.freeze({
    graph,
    renderer,
    /** True once the first view is drawn and nothing is loading. */
    get ready() {
      return loads > 0 && busy === 0;
    },
    get loads() {
      return loads;
    },
    get state() {
      return structuredClone(state);
    },
    get highlight() {
      return { focus: highlight.focus, path: highlight.path ? [...highlight.path.nodes] : null };
    },
    get cypher() {
      return lastCypher;
    },
  });

  await load(firstPage);
}

start().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) {
    status.classList.add('error');
    status.textContent = error instanceof Error ? error.message : String(error);
  }
});

// The view: what the page shows and from where. The URL's state, the graph, the highlight, the
// renderer and the layout, and the few moves every action makes on them.
import type { GraphPage } from '../../src/model/read-models.js';
import type { Appearance } from '../../src/model/appearance.js';
import { applyAppearance, largestNodes, legendSections, type LegendSection } from './appearance.js';
import { byId } from './dom.js';
import { createGraph, mergePage, type ExplorerGraph } from './graph-model.js';
import { createHighlight, setFocus, type Highlight } from './highlight.js';
import { createLayout, SETTLE, type Layout } from './layout.js';
import { renderLegend } from './panels/legend.js';
import { loadPositions, savePositions, seededPosition, type Position } from './positions.js';
import { createRenderer, followContainerSize, tuneForSize, type Renderer } from './renderer.js';
import { HIDE_EDGES_ON_MOVE_ABOVE, LABEL_LARGEST } from './settings.js';
import { readUrlState, writeUrlState, type ViewState } from './url-state.js';

export interface View {
  /** What the URL holds: filters, the open entity, a path's far end. */
  state: ViewState;
  graph: ExplorerGraph;
  highlight: Highlight;
  renderer: Renderer;
  layout: Layout;
  container: HTMLElement;
  /** Writes the state into the address bar. */
  saveState(): void;
  /** Redraws, focused on the open entity. */
  refresh(): void;
  /** Merges a page into the graph; returns how many entities were new. */
  addPage(page: Pick<GraphPage, 'nodes' | 'edges'>): number;
  /** Moves the camera to show these entities. */
  frame(ids: Iterable<string>): void;
  /** Frames an entity with its neighbours when it is the focus. */
  moveTo(id: string): void;
  /** Remembers every position in this browser. */
  persistPositions(): void;
  /** How nodes are coloured and sized (appearance.ts). */
  readonly appearance: Appearance;
  setAppearance(appearance: Appearance): void;
  /** The legend of what is drawn now, for the page and the PNG. */
  readonly legend: LegendSection[];
  /** Puts entities where a saved view had them: those drawn now, and those the next load adds. */
  place(positions: ReadonlyMap<string, Position>): void;
}

const LAYOUT_IDLE_TITLE = 'Start or stop the ForceAtlas2 layout';

export function createView(): View {
  const state = readUrlState();
  const graph = createGraph();
  const highlight = createHighlight();
  const container = byId('graph');
  const renderer = createRenderer(graph, container, highlight);
  followContainerSize(renderer, container);
  const remembered = loadPositions();
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  const legendBody = byId('legend-body');
  let legend: LegendSection[] = [];

  /** Colours and sizes every node for the appearance; the legend and forced labels follow. */
  const restyle = () => {
    const measured = applyAppearance(graph, state.appearance);
    highlight.largest = largestNodes(graph, LABEL_LARGEST);
    legend = legendSections(state.appearance, measured, state.filters.comention);
    renderLegend(legendBody, legend);
  };
  restyle();

  const persistPositions = () => {
    graph.forEachNode((id, a) => remembered.set(id, { x: a.x, y: a.y }));
    savePositions(remembered);
  };

  /** Frames the entities (a focus and its neighbours, a path): the camera ratio 1 shows all. */
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

  const layout = createLayout(graph, {
    // The layout moved everything: bring the open entity back into the middle.
    onStop: () => {
      persistPositions();
      if (state.node && graph.hasNode(state.node)) moveTo(state.node);
    },
    onChange: (running) => {
      // Moved nodes are no longer the saved view's picture: the address stops claiming it.
      if (running && state.view) {
        delete state.view;
        writeUrlState(state);
      }
      highlight.edgesHidden = running && graph.size > HIDE_EDGES_ON_MOVE_ABOVE;
      highlight.draft = running;
      if (!running) renderer.refresh({ skipIndexation: true });
      layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
      layoutButton.setAttribute('aria-pressed', String(running));
      if (!running) layoutButton.title = LAYOUT_IDLE_TITLE;
    },
    onMeasure: (moved) => {
      const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
      layoutButton.title = `Settling: nodes move ${percent(moved)} of their spacing per step; it stops by itself under ${percent(SETTLE.threshold)}`;
    },
  });
  layoutButton.addEventListener('click', () =>
    layout.isRunning() ? layout.stop() : layout.start(),
  );
  window.addEventListener('beforeunload', persistPositions);

  return {
    state,
    graph,
    highlight,
    renderer,
    layout,
    container,
    saveState: () => writeUrlState(state),
    refresh() {
      setFocus(highlight, graph, state.node ?? null);
      renderer.refresh({ skipIndexation: false });
    },
    addPage(page) {
      const added = mergePage(graph, page, (id) => remembered.get(id) ?? seededPosition(id));
      restyle();
      tuneForSize(renderer);
      // Nodes this browser never laid out need the layout; remembered ones are already placed.
      if (added > 0 && page.nodes.some((n) => !remembered.has(n.id))) layout.start();
      return added;
    },
    frame,
    moveTo,
    persistPositions,
    get appearance() {
      return state.appearance;
    },
    setAppearance(next) {
      state.appearance = next;
      writeUrlState(state);
      restyle();
      renderer.refresh({ skipIndexation: false });
    },
    get legend() {
      return legend;
    },
    place(positions) {
      for (const [id, at] of positions) {
        remembered.set(id, at);
        if (graph.hasNode(id)) graph.mergeNodeAttributes(id, at);
      }
    },
  };
}

import Sigma from 'sigma';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './graph-model.js';
import { edgeReducer, nodeReducer, type Highlight } from './highlight.js';
import { HIDE_EDGES_ON_MOVE_ABOVE, LABEL_EVERY_NODE_UP_TO, RENDERER_SETTINGS } from './settings.js';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

/** A WebGL sigma over the graph, drawing through the highlight reducers. */
export function createRenderer(
  graph: ExplorerGraph,
  container: HTMLElement,
  highlight: Highlight,
): Renderer {
  return new Sigma(graph, container, {
    ...RENDERER_SETTINGS,
    nodeReducer: nodeReducer(highlight),
    edgeReducer: edgeReducer(highlight, graph),
  });
}

/**
 * Sigma resizes on window resize only; the graph's box also changes when the side panel opens.
 * Without this the canvases keep their old size and spill over the panel.
 */
export function followContainerSize(renderer: Renderer, container: HTMLElement): void {
  new ResizeObserver(() => {
    renderer.resize();
    renderer.refresh({ skipIndexation: true });
  }).observe(container);
}

/**
 * Big graphs hide edges while panning so the camera stays smooth; small ones label every node
 * (the label grid still keeps labels from piling up), big ones only nodes drawn large enough.
 */
export function tuneForSize(renderer: Renderer): void {
  const graph = renderer.getGraph();
  renderer.setSetting('hideEdgesOnMove', graph.size > HIDE_EDGES_ON_MOVE_ABOVE);
  const small = graph.order <= LABEL_EVERY_NODE_UP_TO;
  renderer.setSetting(
    'labelRenderedSizeThreshold',
    small ? 0 : (RENDERER_SETTINGS.labelRenderedSizeThreshold ?? 9),
  );
  renderer.setSetting('labelDensity', small ? 1 : (RENDERER_SETTINGS.labelDensity ?? 0.15));
}

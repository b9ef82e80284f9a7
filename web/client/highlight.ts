// What the view emphasises: a focused entity with its neighbours, a path, a hovered node.
// Sigma's nodeReducer and edgeReducer read this state; everything outside the focus fades.
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './graph-model.js';
import { theme } from './theme.js';

export interface Highlight {
  focus: string | null;
  hovered: string | null;
  /** focus and its neighbours, filled by setFocus. */
  near: Set<string>;
  path: { nodes: Set<string>; edges: Set<string> } | null;
  /** Set while the layout moves a big graph: drawing 50k edges every frame would stall it. */
  edgesHidden: boolean;
  /**
   * Set while the layout moves any graph: edges are drawn as hairlines (settings.ts, `draft`), and
   * get their width, arrows and curves back when it stops. In software WebGL a full frame of the
   * first view of a 10k-article corpus (1,000 entities, 5,000 edges, a third of them curved to
   * part parallel edges) took 1.7 s, most of it the curves' and arrows' fragments; the first frame
   * waited for two of them.
   */
  draft: boolean;
  /** The biggest nodes: labelled whatever the label grid would drop (see appearance.ts). */
  largest: Set<string>;
}

export function createHighlight(): Highlight {
  return {
    focus: null,
    hovered: null,
    near: new Set(),
    path: null,
    edgesHidden: false,
    draft: false,
    largest: new Set(),
  };
}

export function setFocus(state: Highlight, graph: ExplorerGraph, node: string | null): void {
  state.focus = node && graph.hasNode(node) ? node : null;
  state.near = new Set(state.focus ? [state.focus, ...graph.neighbors(state.focus)] : []);
}

export function setPath(state: Highlight, nodes: string[] | null, edges: string[] = []): void {
  state.path = nodes && nodes.length > 0 ? { nodes: new Set(nodes), edges: new Set(edges) } : null;
}

export function nodeReducer(state: Highlight) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const shown = state.path ? state.path.nodes : state.focus ? state.near : null;
    const out: Partial<NodeDisplayData> = { ...data };
    if (shown && !shown.has(node)) {
      out.color = theme().dimmed;
      out.size = Math.min(data.size * 0.5, 4);
      out.label = '';
      out.zIndex = 0;
    } else if (shown) {
      out.forceLabel = true;
      out.zIndex = 1;
    } else if (state.largest.has(node)) out.forceLabel = true;
    if (node === state.focus || node === state.hovered) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  };
}

export function edgeReducer(state: Highlight, graph: ExplorerGraph) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const out: Partial<EdgeDisplayData> = { ...data, label: null };
    if (state.edgesHidden && !state.focus && !state.path) return { ...out, hidden: true };
    if (state.path) {
      if (state.path.edges.has(edge)) {
        out.label = data.label;
        out.forceLabel = true;
        out.size = data.size + 1.5;
        out.zIndex = 1;
      } else out.hidden = true;
      return out;
    }
    if (state.focus) {
      if (graph.hasExtremity(edge, state.focus)) {
        out.label = data.label;
        out.forceLabel = true;
        out.zIndex = 1;
      } else out.hidden = true;
    } else if (state.hovered && graph.hasExtremity(edge, state.hovered)) {
      out.label = data.label;
    }
    // What the user looks at keeps its arrow while the rest settles.
    if (state.draft && out.label === null) out.type = 'draft';
    return out;
  };
}

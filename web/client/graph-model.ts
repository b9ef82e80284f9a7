// The graphology graph the page draws: API pages merge into it; node and edge attributes carry
// both the data (type, degree, evidence count) and how sigma should draw it.
import { MultiDirectedGraph } from 'graphology';
import { isUndirected, type EdgeType, type EntityType } from '../../src/model/types.js';
import type { GraphEdge, GraphNode, GraphPage } from '../../src/model/read-models.js';
import { edgeColor, ENTITY_STYLES, FALLBACK_COLOR } from '../shared/palette.js';
import { seededPosition, type Position } from './positions.js';

export interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  entityType: EntityType;
  degree: number;
  aliases: string[];
  role?: string;
  articles: number;
  /** Louvain community in the view, when the page colours by community (appearance.ts). */
  community?: number;
}

export interface EdgeAttributes {
  relation: EdgeType;
  count: number;
  confidence: number;
  /** The articles behind it when the view knows them (GraphEdge.articles), and how many. */
  articles: string[];
  articleCount: number;
  label: string;
  color: string;
  size: number;
  /** Sigma program: straight or curved, with or without an arrow. */
  type: EdgeProgram;
  curvature?: number;
}

export type EdgeProgram = 'line' | 'arrow' | 'curved' | 'curvedArrow';
export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

/** Bigger for more relations; square root so hubs do not swallow the picture. */
export function nodeSize(degree: number): number {
  return Math.min(4 + 2.2 * Math.sqrt(degree), 24);
}

function nodeAttributes(node: GraphNode, at: Position): NodeAttributes {
  const attributes: NodeAttributes = {
    label: node.name,
    x: at.x,
    y: at.y,
    size: nodeSize(node.degree),
    color: ENTITY_STYLES[node.type]?.color ?? FALLBACK_COLOR,
    entityType: node.type,
    degree: node.degree,
    aliases: node.aliases,
    articles: node.articles,
  };
  if (node.role) attributes.role = node.role;
  return attributes;
}

function edgeAttributes(edge: GraphEdge): EdgeAttributes {
  return {
    relation: edge.type,
    count: edge.count,
    confidence: edge.confidence,
    articles: edge.articles,
    articleCount: edge.articleCount,
    label: edge.type.replace('_', ' ').toLowerCase(),
    color: edgeColor(edge.type),
    size: Math.min(1 + Math.log2(edge.count) * 1.2, 6),
    type: isUndirected(edge.type) ? 'line' : 'arrow',
  };
}

/**
 * Adds a page to the graph. Known nodes keep their place; new ones start where `positionOf`
 * says. Returns how many nodes were new.
 */
export function mergePage(
  graph: ExplorerGraph,
  page: Pick<GraphPage, 'nodes' | 'edges'>,
  positionOf: (id: string) => Position = seededPosition,
): number {
  let added = 0;
  for (const node of page.nodes) {
    if (graph.hasNode(node.id)) {
      const { x, y } = graph.getNodeAttributes(node.id);
      graph.replaceNodeAttributes(node.id, nodeAttributes(node, { x, y }));
    } else {
      graph.addNode(node.id, nodeAttributes(node, positionOf(node.id)));
      added++;
    }
  }
  for (const edge of page.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (graph.hasEdge(edge.id)) graph.replaceEdgeAttributes(edge.id, edgeAttributes(edge));
    else graph.addEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
  }
  curveParallelEdges(graph);
  return added;
}

/** @sigma/edge-curve's default bend; its module needs WebGL, so the number is copied here. */
const DEFAULT_EDGE_CURVATURE = 0.25;

/**
 * Edges that share both ends (two relation types, or both directions) bend apart so each stays
 * visible; a lone edge stays straight. Linear in the number of edges.
 */
export function curveParallelEdges(graph: ExplorerGraph): void {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  });
  for (const edges of groups.values()) {
    const maxIndex = (edges.length - 1) / 2;
    edges.sort().forEach((edge, k) => {
      const a = graph.getEdgeAttributes(edge);
      const symmetric = isUndirected(a.relation);
      const offset = k - maxIndex;
      if (offset === 0) {
        graph.mergeEdgeAttributes(edge, { type: symmetric ? 'line' : 'arrow', curvature: 0 });
        return;
      }
      // Curvature bends to the left of source → target: flip it for edges running the other
      // way, so that the offsets spread them on both sides of the one line between the two ends.
      const [source, target] = graph.extremities(edge);
      const orientation = source < target ? 1 : -1;
      graph.mergeEdgeAttributes(edge, {
        type: symmetric ? 'curved' : 'curvedArrow',
        curvature: orientation * curvature(offset, maxIndex),
      });
    });
  }
}

/** sigma's parallel-edges recipe: spread the bends, never wider than a few times the default. */
function curvature(index: number, maxIndex: number): number {
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

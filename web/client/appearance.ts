// How the view is drawn at a glance: nodes coloured by entity type or by community (Louvain),
// sized by relations (degree), evidence (weighted degree) or PageRank. The numbers are measured
// on the view itself, folded into one undirected weighted graph: a community or a rank is about
// what the analyst is looking at. The legend (legendSections) is read from the same result, so
// the page's legend, the PNG's and the drawing never disagree.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { Appearance, ColorBy, SizeBy } from '../../src/model/appearance.js';
import type { ComentionGrain } from '../../src/model/filters.js';
import { seededRandom } from '../../src/model/seeded-random.js';
import {
  CO_MENTIONED,
  ENTITY_TYPES,
  RELATION_TYPES,
  SYMMETRIC_RELATION_TYPES,
} from '../../src/model/types.js';
import {
  CO_MENTION_COLOR,
  COMMUNITY_COLORS,
  ENTITY_STYLES,
  FALLBACK_COLOR,
  RELATION_COLORS,
} from '../shared/palette.js';
import { nodeSize, type ExplorerGraph } from './graph-model.js';

/** Louvain's random walk starts from one seed, so a reload finds the same communities. */
const LOUVAIN_SEED = 0x5eed;

// CommonJS modules typed as ES default exports: TypeScript (NodeNext) sees the function one level
// down, esbuild and tsx hand over the function itself (as in layout.ts).
const louvain = ('default' in louvainModule
  ? louvainModule.default
  : louvainModule) as unknown as typeof louvainModule.default;
const pagerank = ('default' in pagerankModule
  ? pagerankModule.default
  : pagerankModule) as unknown as typeof pagerankModule.default;

/** The choices the page offers, with the words it shows for them. */
export const COLOR_BY: Readonly<Record<ColorBy, string>> = {
  type: 'Entity type',
  community: 'Community (Louvain)',
};
export const SIZE_BY: Readonly<Record<SizeBy, string>> = {
  degree: 'Relations (degree)',
  evidence: 'Evidence (weighted degree)',
  pagerank: 'PageRank',
};

export interface Community {
  id: number;
  color: string;
  /** Its entity with the most relations: how the legend names the community. */
  lead: string;
  size: number;
}

/** What applyAppearance measured: the communities (when coloured by them), biggest first. */
export interface Measured {
  communities: Community[];
}

/** Node sizes span this range whatever the measure, so switching keeps the picture's scale. */
const [MIN_SIZE, MAX_SIZE] = [4, 24];

/** The view as one undirected graph, an edge's weight its sentences of evidence, loops dropped. */
export function foldView(graph: ExplorerGraph): UndirectedGraph {
  const folded = new UndirectedGraph();
  graph.forEachNode((node) => folded.addNode(node));
  graph.forEachEdge((_edge, a, source, target) => {
    if (source === target) return;
    const key = folded.edge(source, target);
    if (key === undefined) folded.addEdge(source, target, { weight: a.count });
    else folded.updateEdgeAttribute(key, 'weight', (w: number) => w + a.count);
  });
  return folded;
}

/** Square root of the share of the biggest value: hubs stay big without swallowing the rest. */
function scaled(values: Map<string, number>): Map<string, number> {
  const max = Math.max(0, ...values.values());
  return new Map(
    [...values].map(([node, v]) => [
      node,
      max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(v / max) : MIN_SIZE,
    ]),
  );
}

function sizes(graph: ExplorerGraph, folded: () => UndirectedGraph, by: SizeBy) {
  // graphology's PageRank reports an empty graph (a page opened with size=pagerank, before its
  // first view) as a failure to converge.
  if (by === 'degree' || graph.order === 0) {
    return new Map(graph.mapNodes((node, a) => [node, nodeSize(a.degree)] as const));
  }
  if (by === 'evidence') {
    const evidence = new Map<string, number>(graph.mapNodes((node) => [node, 0]));
    graph.forEachEdge((_e, a, source, target) => {
      evidence.set(source, (evidence.get(source) ?? 0) + a.count);
      if (target !== source) evidence.set(target, (evidence.get(target) ?? 0) + a.count);
    });
    return scaled(evidence);
  }
  const ranks = pagerank(folded(), { getEdgeWeight: 'weight' });
  return scaled(new Map(Object.entries(ranks)));
}

function communities(graph: ExplorerGraph, folded: UndirectedGraph): Measured['communities'] {
  const found = louvain(folded, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
  const members = new Map<number, string[]>();
  for (const [node, id] of Object.entries(found)) {
    members.set(id, [...(members.get(id) ?? []), node]);
  }
  const degree = (node: string) => graph.getNodeAttribute(node, 'degree');
  return [...members]
    .map(([id, nodes]) => ({
      id,
      nodes,
      lead: nodes.reduce((best, n) => (degree(n) > degree(best) ? n : best)),
    }))
    .sort((a, b) => b.nodes.length - a.nodes.length || a.lead.localeCompare(b.lead))
    .map(({ id, nodes, lead }, rank) => {
      const color = nodes.length > 1 ? (COMMUNITY_COLORS[rank] ?? FALLBACK_COLOR) : FALLBACK_COLOR;
      for (const node of nodes) graph.mergeNodeAttributes(node, { community: id, color });
      return { id, color, lead: graph.getNodeAttribute(lead, 'label'), size: nodes.length };
    });
}

/**
 * Writes each node's drawn colour and size for the chosen appearance (and its community when
 * coloured by community). Only what the choice needs is measured.
 */
export function applyAppearance(graph: ExplorerGraph, appearance: Appearance): Measured {
  let folded: UndirectedGraph | undefined;
  const fold = () => (folded ??= foldView(graph));
  for (const [node, size] of sizes(graph, fold, appearance.sizeBy)) {
    graph.setNodeAttribute(node, 'size', size);
  }
  if (appearance.colorBy === 'community') return { communities: communities(graph, fold()) };
  graph.forEachNode((node, a) => {
    graph.setNodeAttribute(node, 'color', ENTITY_STYLES[a.entityType]?.color ?? FALLBACK_COLOR);
    graph.removeNodeAttribute(node, 'community');
  });
  return { communities: [] };
}

/** The nodes labelled whatever the label grid says: the `count` drawn biggest. */
export function largestNodes(graph: ExplorerGraph, count: number): Set<string> {
  return new Set(
    graph
      .mapNodes((node, a) => [node, a.size] as const)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, count)
      .map(([node]) => node),
  );
}

export interface LegendItem {
  color: string;
  label: string;
  kind: 'dot' | 'line';
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

/** What the legend shows for an appearance: the colours in use, then what the size means. */
export function legendSections(
  appearance: Appearance,
  measured: Measured,
  comention: ComentionGrain,
): LegendSection[] {
  // Every community with a colour of its own is named; the rest share the fallback grey.
  const named = measured.communities.filter((c) => c.color !== FALLBACK_COLOR);
  const entities: LegendSection =
    appearance.colorBy === 'type'
      ? {
          title: 'Entities',
          items: ENTITY_TYPES.map((t) => ({
            color: ENTITY_STYLES[t].color,
            label: t,
            kind: 'dot',
          })),
        }
      : {
          title: `Communities (${measured.communities.length})`,
          items: [
            ...named.map((c): LegendItem => ({
              color: c.color,
              label: `${c.lead} +${c.size - 1}`,
              kind: 'dot',
            })),
            ...(named.length < measured.communities.length
              ? [{ color: FALLBACK_COLOR, label: 'Others', kind: 'dot' } as const]
              : []),
          ],
        };
  return [
    entities,
    {
      title: 'Relations',
      items: [
        ...RELATION_TYPES.map((t): LegendItem => ({
          color: RELATION_COLORS[t],
          label: `${t}${SYMMETRIC_RELATION_TYPES.has(t) ? ' (both ways)' : ' →'}`,
          kind: 'line',
        })),
        // Drawn only when asked for (the Co-mentions filter): named so only then.
        ...(comention === 'off'
          ? []
          : [
              {
                color: CO_MENTION_COLOR,
                label: `${CO_MENTIONED} (same ${comention}, both ways)`,
                kind: 'line',
              } as const,
            ]),
      ],
    },
    { title: `Size: ${SIZE_BY[appearance.sizeBy]}`, items: [] },
  ];
}

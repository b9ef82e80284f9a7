import type { FilterValues } from '../model/filters.js';
import type { GraphPage, PathResult, SearchHit } from '../model/read-models.js';
import { RELATION_TYPES, type EntityType, type RelationType } from '../model/types.js';
import * as Q from './cypher/read.js';
import type { Gateway } from './gateway.js';
import * as R from './read-rows.js';

/** How many search hits seed a graph view filtered by a term. */
const SEARCH_SEEDS = 25;

/** The longest path looked for, in steps between entities. */
const MAX_PATH_STEPS = 8;

/** Which page of a ranked view, and how many edges it may carry. */
export interface PageRequest {
  offset: number;
  limit: number;
  maxEdges: number;
}

export interface GraphViews {
  graph(filters: FilterValues, page: PageRequest): Promise<GraphPage>;
  neighbours(id: string, filters: FilterValues, limit: number): Promise<GraphPage | null>;
  path(source: string, target: string, filters: FilterValues): Promise<PathResult | null>;
}

type Search = (text: string, limit: number, types: readonly EntityType[]) => Promise<SearchHit[]>;

/** The reader's graph views: a ranked page of the filtered graph, an entity's neighbours, a path. */
export function createGraphViews(gateway: Gateway, search: Search): GraphViews {
  const rows = gateway.rows;

  /**
   * The page's nodes and its edges, read side by side in two transactions: Neo4j reads at
   * read-committed isolation, so one transaction would not make the two agree any better, and the
   * page drops an edge whose end it does not have. The edges are the slow half at scale.
   * `earlier`: entities of the pages before this one, which its edges may reach; `ranked`: the
   * page's degrees when the ranking already counted them, and whether it ranks the whole graph
   * (which draws only the strongest co-mentions, cypher/read.ts).
   */
  const subgraph = async (
    filters: FilterValues,
    pageIds: readonly string[],
    earlier: readonly string[],
    maxEdges: number,
    ranked?: { degrees: ReadonlyMap<string, number>; whole: boolean },
  ) => {
    const degrees = ranked?.degrees;
    const params = Q.filterParams(filters);
    const edgeParams = {
      ...params,
      pageIds,
      earlier,
      known: [...earlier, ...pageIds],
      maxEdges: R.int(maxEdges + 1),
    };
    const [nodes, typed, coMentions] = await Promise.all([
      rows<R.NodeRow>(Q.graphNodes(filters, { degree: degrees === undefined }), {
        ...params,
        ids: pageIds,
      }),
      rows<{ edges: R.EdgeList[] }>(
        Q.graphEdges(filters, { earlier: earlier.length > 0, strongest: ranked?.whole ?? false }),
        edgeParams,
      ).then((found) => R.strongestEdges(found, maxEdges + 1)),
      filters.comention === 'off'
        ? []
        : rows<R.EdgeRow>(
            Q.coMentionEdges(filters, {
              earlier: earlier.length > 0,
              strongest: ranked?.whole ?? false,
            }),
            edgeParams,
          ),
    ]);
    // Relations and co-mentions are capped apart: a page of hubs has more of either than the
    // cap, and co-mentions asked for are drawn.
    return {
      nodes: nodes.map((n) => R.nodeOf(n, degrees?.get(n.id) ?? n.degree ?? 0)),
      edges: [...typed.slice(0, maxEdges), ...coMentions.slice(0, maxEdges)].map(R.edgeOf),
      edgesTruncated: typed.length > maxEdges || coMentions.length > maxEdges,
    };
  };

  /** A view of a few entities only (an expansion, a path): one page holds all of it. */
  const whole = async (filters: FilterValues, ids: string[], limit: number, maxEdges: number) => ({
    ...(await subgraph(filters, ids, [], maxEdges)),
    total: { nodes: ids.length },
    page: { offset: 0, limit, nextOffset: null },
    focus: ids,
  });

  /**
   * The shortest path at the sentence grain, searched from both ends at once, one level (one
   * query, cypher/read.ts pathFrontier) at a time from the end with the smaller frontier, at most
   * MAX_PATH_STEPS steps. A whole level is read before the search stops, and of the meetings it
   * finds the shortest wins, the first on a tie (levels come back ordered, so the same store
   * gives the same path). No path: empty lists.
   */
  const sentencePath = async (source: string, target: string, filters: FilterValues) => {
    /** One side of the search: how each entity was reached (from where, by which edge), how far. */
    type Side = {
      reached: Map<string, { before: string; edge: string } | null>;
      depth: Map<string, number>;
      frontier: string[];
    };
    const sideFrom = (end: string): Side => ({
      reached: new Map([[end, null]]),
      depth: new Map([[end, 0]]),
      frontier: [end],
    });
    /** The entities from `id` back to the side's end, and the edges between them. */
    const trail = (side: Side, id: string) => {
      const ids = [id];
      const edges: string[] = [];
      for (let at = side.reached.get(id); at; at = side.reached.get(at.before)) {
        ids.push(at.before);
        edges.push(at.edge);
      }
      return { ids, edges };
    };
    const fromSource = sideFrom(source);
    const fromTarget = sideFrom(target);
    for (let level = 0; level < MAX_PATH_STEPS; level++) {
      const [near, far] =
        fromSource.frontier.length <= fromTarget.frontier.length
          ? [fromSource, fromTarget]
          : [fromTarget, fromSource];
      if (near.frontier.length === 0) break;
      const steps = await rows<R.PathStepRow>(Q.pathFrontier(filters), {
        ...Q.filterParams(filters),
        frontier: near.frontier,
        seen: [...near.reached.keys()],
      });
      let meeting: { length: number; step: R.PathStepRow } | null = null;
      const next: string[] = [];
      for (const step of steps) {
        const beyond = far.depth.get(step.to);
        const length = (near.depth.get(step.from) ?? 0) + 1 + (beyond ?? 0);
        if (beyond !== undefined && (meeting === null || length < meeting.length)) {
          meeting = { length, step };
        }
        if (near.reached.has(step.to)) continue;
        near.reached.set(step.to, { before: step.from, edge: R.pathStepEdge(step) });
        near.depth.set(step.to, (near.depth.get(step.from) ?? 0) + 1);
        next.push(step.to);
      }
      if (meeting !== null) {
        const back = trail(near, meeting.step.from);
        const ahead = trail(far, meeting.step.to);
        const ids = [...back.ids.reverse(), ...ahead.ids];
        const edges = [...back.edges.reverse(), R.pathStepEdge(meeting.step), ...ahead.edges];
        return near === fromSource
          ? { ids, edges }
          : { ids: ids.reverse(), edges: edges.reverse() };
      }
      near.frontier = next;
    }
    return { ids: [] as string[], edges: [] as string[] };
  };

  /** The shortest path as Neo4j's shortestPath finds it (cypher/read.ts), its steps folded. */
  const storePath = async (source: string, target: string, filters: FilterValues) => {
    type Steps = {
      /** null for an article a co-mention step passes through. */
      ids: (string | null)[];
      steps: { source: string; target: string; type: RelationType | 'MENTIONED_IN' }[];
    };
    const [found] = await rows<Steps>(Q.shortestPath(filters), {
      ...Q.filterParams(filters),
      source,
      target,
    });
    return found ? R.pathSteps(found.ids, found.steps) : { ids: [], edges: [] };
  };

  return {
    async graph(filters, request) {
      const seeds =
        filters.q === null
          ? null
          : (await search(filters.q, SEARCH_SEEDS, filters.types)).map((hit) => hit.id);
      type Ranked = { total: number; page: { id: string; degree: number }[]; earlier: string[] };
      const [ranked] = await rows<Ranked>(Q.graphRank(filters, { seeds: seeds !== null }), {
        ...Q.filterParams(filters),
        seeds,
        offset: R.int(request.offset),
        limit: R.int(request.limit),
      });
      const { total = 0, page = [], earlier = [] } = ranked ?? {};
      const degrees = new Map(page.map((r) => [r.id, r.degree]));
      const ids = page.map((r) => r.id);
      const nextOffset = request.offset + ids.length;
      return {
        ...(await subgraph(filters, ids, earlier, request.maxEdges, {
          degrees,
          whole: seeds === null,
        })),
        total: { nodes: total },
        page: {
          offset: request.offset,
          limit: request.limit,
          nextOffset: nextOffset < total ? nextOffset : null,
        },
        focus: seeds,
      };
    },

    async neighbours(id, filters, limit) {
      const ids = await gateway.read(async (tx) => {
        const found = await tx.rows(Q.ENTITY, { id, relations: RELATION_TYPES });
        if (found.length === 0) return null;
        const [row] = await tx.rows<{ ids: string[] }>(Q.neighbours(filters), {
          ...Q.filterParams(filters),
          id,
          limit: R.int(limit),
        });
        return [id, ...(row?.ids ?? [])];
      });
      return ids === null
        ? null
        : { ...(await whole(filters, ids, limit, limit * 10)), focus: [id] };
    },

    async path(source, target, filters) {
      const ends = await rows(Q.graphNodes(filters, { degree: false }), { ids: [source, target] });
      if (ends.length < 2) return null;
      const { ids, edges } =
        filters.comention === 'sentence'
          ? await sentencePath(source, target, filters)
          : await storePath(source, target, filters);
      return {
        ...(await whole(filters, ids, ids.length, 1000)),
        path: ids,
        pathEdges: edges,
      };
    },
  };
}

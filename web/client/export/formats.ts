import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import type { LegendSection } from '../appearance.js';
import type { ExplorerGraph } from '../graph-model.js';
import type { Renderer } from '../renderer.js';
import { download } from './download.js';
import { writeGraphml } from './graphml.js';
import { renderPng } from './png.js';

export type ExportFormat = 'png' | 'gexf' | 'graphml' | 'json';

/** Gephi and yEd want data, not sigma's drawing state: these attributes are left out. */
const DRAWING_ONLY = new Set(['type', 'curvature']);

function dataOnly(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([k]) => !DRAWING_ONLY.has(k)));
}

export function toJson(graph: ExplorerGraph): string {
  const exported = graph.export();
  return JSON.stringify(
    {
      nodes: exported.nodes.map((n) => ({ key: n.key, attributes: n.attributes })),
      edges: exported.edges.map((e) => ({
        key: e.key,
        source: e.source,
        target: e.target,
        attributes: dataOnly({ ...e.attributes }),
      })),
    },
    null,
    2,
  );
}

/** `#RRGGBB` as `rgb(r,g,b)`: the GEXF writer then writes viz:color's r, g, b, which every Gephi reads. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return /^#[0-9a-f]{6}$/i.test(hex) ? `rgb(${n >> 16},${(n >> 8) & 255},${n & 255})` : hex;
}

/**
 * GEXF 1.3, the view as drawn: each node's colour, size and position in the `viz` namespace
 * (declared by the writer as http://gexf.net/1.3/viz), so Gephi opens it coloured and laid out;
 * the data rides along as attributes. Positions are sigma's graph coordinates, y up as in
 * Gephi (Gephi Lite, built on sigma, reads them unchanged).
 */
export function toGexf(graph: ExplorerGraph): string {
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (key, a) => ({
      label: a.label,
      viz: { color: rgb(a.color), size: a.size, x: a.x, y: a.y },
      attributes: {
        entityType: a.entityType,
        role: a.role ?? '',
        aliases: a.aliases.join('; '),
        degree: a.degree,
        articles: a.articles,
        ...(a.community === undefined ? {} : { community: a.community }),
        id: key,
      },
    }),
    formatEdge: (_key, a) => ({
      label: a.relation,
      weight: a.count,
      viz: { color: rgb(a.color), thickness: a.size },
      attributes: {
        relation: a.relation,
        count: a.count,
        confidence: a.confidence,
        // A co-mention of the whole corpus knows its count, not its articles (GraphEdge).
        articleCount: a.articleCount,
        articles: a.articles.join('; '),
      },
    }),
  });
}

export async function exportView(
  format: ExportFormat,
  graph: ExplorerGraph,
  renderer: Renderer,
  legend: readonly LegendSection[],
): Promise<void> {
  const name = `newsgraph-${new Date().toISOString().slice(0, 10)}`;
  if (format === 'png') download(await renderPng(renderer, legend), `${name}.png`);
  if (format === 'json') download(toJson(graph), `${name}.json`, 'application/json');
  if (format === 'graphml') download(writeGraphml(graph), `${name}.graphml`, 'application/xml');
  if (format === 'gexf') download(toGexf(graph), `${name}.gexf`, 'application/xml');
}

import { write as writeGexf } from 'graphology-gexf/browser/index.js';
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

export async function exportView(
  format: ExportFormat,
  graph: ExplorerGraph,
  renderer: Renderer,
): Promise<void> {
  const name = `newsgraph-${new Date().toISOString().slice(0, 10)}`;
  if (format === 'png') download(await renderPng(renderer), `${name}.png`);
  if (format === 'json') download(toJson(graph), `${name}.json`, 'application/json');
  if (format === 'graphml') download(writeGraphml(graph), `${name}.graphml`, 'application/xml');
  if (format === 'gexf') {
    const gexf = writeGexf(graph, {
      formatNode: (key, a) => ({
        label: a.label,
        color: a.color,
        size: a.size,
        x: a.x,
        y: a.y,
        attributes: {
          entityType: a.entityType,
          role: a.role ?? '',
          aliases: a.aliases.join('; '),
          degree: a.degree,
          articles: a.articles,
          id: key,
        },
      }),
      formatEdge: (_key, a) => ({
        label: a.relation,
        color: a.color,
        weight: a.count,
        attributes: {
          relation: a.relation,
          count: a.count,
          confidence: a.confidence,
          articles: a.articles.join('; '),
        },
      }),
    });
    download(gexf, `${name}.gexf`, 'application/xml');
  }
}

// GraphML of the view. graphology-graphml only parses, so this writes it: nodes and edges with
// their data attributes (not their drawing ones), every value XML-escaped.
import type { ExplorerGraph } from '../graph-model.js';

type Kind = 'string' | 'int' | 'double';
interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: Kind;
}

const KEYS: readonly Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'entityType', for: 'node', name: 'entityType', type: 'string' },
  { id: 'role', for: 'node', name: 'role', type: 'string' },
  { id: 'aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'degree', for: 'node', name: 'degree', type: 'int' },
  { id: 'articles', for: 'node', name: 'articles', type: 'int' },
  { id: 'x', for: 'node', name: 'x', type: 'double' },
  { id: 'y', for: 'node', name: 'y', type: 'double' },
  { id: 'color', for: 'node', name: 'color', type: 'string' },
  { id: 'relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'count', for: 'edge', name: 'count', type: 'int' },
  { id: 'confidence', for: 'edge', name: 'confidence', type: 'double' },
  { id: 'edgeArticleCount', for: 'edge', name: 'articleCount', type: 'int' },
  { id: 'edgeArticles', for: 'edge', name: 'articles', type: 'string' },
];

const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes markup characters and drops the control characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') continue;
    out += ENTITIES[c] ?? c;
  }
  return out;
}

export function writeGraphml(graph: ExplorerGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...KEYS.map(
      (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  const data = (key: string, value: unknown) =>
    value === undefined || value === null || value === ''
      ? ''
      : `<data key="${key}">${escapeXml(String(value))}</data>`;
  graph.forEachNode((node, a) => {
    lines.push(
      `    <node id="${escapeXml(node)}">${[
        data('label', a.label),
        data('entityType', a.entityType),
        data('role', a.role),
        data('aliases', a.aliases.join('; ')),
        data('degree', a.degree),
        data('articles', a.articles),
        data('x', a.x),
        data('y', a.y),
        data('color', a.color),
      ].join('')}</node>`,
    );
  });
  graph.forEachEdge((edge, a, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${[
        data('relation', a.relation),
        data('count', a.count),
        data('confidence', a.confidence),
        data('edgeArticleCount', a.articleCount),
        data('edgeArticles', a.articles.join('; ')),
      ].join('')}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

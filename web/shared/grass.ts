// Renders the palette as a Neo4j Browser style sheet (GRASS), so `:style` in the Browser shows
// the page's colors. scripts/build-web.ts writes it to web/neo4j-browser.grass.
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/model/types.js';
import { ENTITY_STYLES, RELATION_COLORS } from './palette.js';

export function renderGrass(): string {
  const rules: string[] = [
    rule('node', { diameter: '50px', color: '#A5ABB6', 'border-color': '#9AA1AC' }),
    rule('relationship', { color: '#A5ABB6', 'shaft-width': '1px', caption: '<type>' }),
    rule('node.Article', {
      color: '#F2F2F2',
      'border-color': '#BDBDBD',
      'text-color-internal': '#333333',
      caption: '{title}',
      diameter: '40px',
    }),
    rule('node.Entity', { caption: '{name}' }),
  ];
  for (const type of ENTITY_TYPES) {
    const style = ENTITY_STYLES[type];
    rules.push(
      rule(`node.${type}`, {
        color: style.color,
        'border-color': style.color,
        'text-color-internal': style.text,
        caption: '{name}',
      }),
    );
  }
  for (const type of RELATION_TYPES) {
    rules.push(
      rule(`relationship.${type}`, {
        color: RELATION_COLORS[type],
        'shaft-width': '2px',
        caption: '<type>',
      }),
    );
  }
  return `${rules.join('\n')}\n`;
}

function rule(selector: string, properties: Record<string, string>): string {
  const body = Object.entries(properties)
    // The Browser's own exports quote captions only; colors and sizes stay bare.
    .map(([key, value]) => `  ${key}: ${key === 'caption' ? JSON.stringify(value) : value};`)
    .join('\n');
  return `${selector} {\n${body}\n}`;
}

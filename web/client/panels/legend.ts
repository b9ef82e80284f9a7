import {
  ENTITY_TYPES,
  RELATION_TYPES,
  SYMMETRIC_RELATION_TYPES,
} from '../../../src/model/types.js';
import { ENTITY_STYLES, RELATION_COLORS } from '../../shared/palette.js';
import { h, swatch } from '../dom.js';

/** Colors of entity and relation types, as the graph and Neo4j Browser draw them. */
export function renderLegend(container: HTMLElement): void {
  container.replaceChildren(
    h(
      'div',
      {},
      h('h3', {}, 'Entities'),
      h('ul', {}, ...ENTITY_TYPES.map((t) => h('li', {}, swatch(ENTITY_STYLES[t].color), t))),
    ),
    h(
      'div',
      {},
      h('h3', {}, 'Relations'),
      h(
        'ul',
        {},
        ...RELATION_TYPES.map((t) =>
          h(
            'li',
            {},
            swatch(RELATION_COLORS[t], 'line'),
            `${t}${SYMMETRIC_RELATION_TYPES.has(t) ? ' (both ways)' : ' →'}`,
          ),
        ),
      ),
    ),
  );
}

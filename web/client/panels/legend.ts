// The legend under the graph: the colours in use (entity types or communities), the relation
// colours and what a node's size means, as appearance.ts describes them.
import type { LegendSection } from '../appearance.js';
import { h, swatch } from '../dom.js';

export function renderLegend(container: HTMLElement, sections: readonly LegendSection[]): void {
  container.replaceChildren(
    ...sections.map((section) =>
      h(
        'section',
        {},
        h('h3', {}, section.title),
        section.items.length > 0
          ? h(
              'ul',
              {},
              ...section.items.map((item) =>
                h('li', {}, swatch(item.color, item.kind), item.label),
              ),
            )
          : null,
      ),
    ),
  );
}

import { CO_MENTIONED } from '../../../src/model/types.js';
import type { Renderer } from '../renderer.js';
import { clear, h } from '../dom.js';
import { describeRelation } from '../relation-text.js';

/** A small card that follows the mouse over a node or an edge. */
export function attachTooltip(renderer: Renderer, tooltip: HTMLElement): void {
  const graph = renderer.getGraph();
  const show = (x: number, y: number, lines: (string | HTMLElement)[]) => {
    clear(tooltip);
    for (const line of lines)
      tooltip.appendChild(typeof line === 'string' ? h('div', {}, line) : line);
    tooltip.style.left = `${x + 14}px`;
    tooltip.style.top = `${y + 14}px`;
    tooltip.hidden = false;
  };
  const hide = () => {
    tooltip.hidden = true;
  };
  renderer.on('enterNode', ({ node, event }) => {
    const a = graph.getNodeAttributes(node);
    const aliases = a.aliases.filter((alias) => alias !== a.label).slice(0, 3);
    show(event.x, event.y, [
      h('strong', {}, a.label),
      h('div', { class: 'muted' }, [a.entityType, a.role].filter(Boolean).join(' · ')),
      aliases.length > 0 ? h('div', { class: 'muted' }, `also: ${aliases.join(', ')}`) : '',
      `${a.degree} relations · ${a.articles} articles`,
    ]);
  });
  renderer.on('enterEdge', ({ edge, event }) => {
    const a = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    show(event.x, event.y, [
      h('strong', {}, a.relation),
      describeRelation(
        a.relation,
        graph.getNodeAttribute(source, 'label'),
        graph.getNodeAttribute(target, 'label'),
      ),
      h('div', { class: 'muted' }, 'Click for the evidence'),
      h(
        'div',
        { class: 'muted' },
        a.relation === CO_MENTIONED
          ? `named together ${a.count} times (the articles are in its panel)`
          : `${a.count} sentences in ${a.articleCount} articles · confidence up to ${a.confidence.toFixed(2)}`,
      ),
    ]);
  });
  renderer.on('leaveNode', hide);
  renderer.on('leaveEdge', hide);
  renderer.getMouseCaptor().on('mousemovebody', (event) => {
    if (tooltip.hidden) return;
    tooltip.style.left = `${event.x + 14}px`;
    tooltip.style.top = `${event.y + 14}px`;
  });
}

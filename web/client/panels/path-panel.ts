// "Explain this path": the side panel of a shortest path, one section a hop, each with the
// evidence between its two entities as the edge panel groups it. All of it is written as text.
import type { EdgeEvidence } from '../../../src/model/read-models.js';
import { append, clear, h } from '../dom.js';
import { evidenceGroups, openButton, type EdgePanelActions } from './edge-panel.js';
import { panelHeader } from './panel-header.js';

export function renderPathPanel(
  panel: HTMLElement,
  hops: readonly EdgeEvidence[],
  actions: EdgePanelActions,
): void {
  const names = [hops[0]?.source.name, ...hops.map((hop) => hop.target.name)];
  clear(panel);
  append(panel, [
    panelHeader(`Path: ${names.join(' → ')}`, actions.close),
    h('p', { class: 'path-summary' }, `${hops.length} step${hops.length === 1 ? '' : 's'}`),
    ...hops.map((hop, i) =>
      h(
        'section',
        { class: 'path-hop', attrs: { 'data-hop': String(i + 1) } },
        h('h3', {}, `Step ${i + 1}: ${hop.source.name} — ${hop.target.name}`),
        h('div', { class: 'actions' }, openButton(hop.target, actions)),
        ...evidenceGroups(hop, actions),
      ),
    ),
  ]);
  panel.hidden = false;
}

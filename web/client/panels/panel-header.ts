import { h } from '../dom.js';

/** A side panel's title and its close button (Esc closes it too: see actions.ts). */
export function panelHeader(title: string, close: () => void): HTMLElement {
  return h(
    'header',
    {},
    h('h2', { attrs: { id: 'details-name' } }, title),
    h(
      'button',
      {
        class: 'close',
        attrs: { type: 'button', 'aria-label': 'Close details', title: 'Close (Esc)' },
        on: { click: () => close() },
      },
      '×',
    ),
  );
}

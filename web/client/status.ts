import { connection, OUTAGE_TEXT } from './connection.js';
import { byId, clear, h } from './dom.js';

/** The line under the graph: what is shown, what is loading, what went wrong. */
export interface StatusLine {
  info(text: string, action?: { label: string; run: () => void }): void;
  error(text: string): void;
}

export function createStatusLine(): StatusLine {
  const element = byId('status');
  const show = (text: string, isError: boolean, action?: { label: string; run: () => void }) => {
    clear(element);
    element.classList.toggle('error', isError);
    element.appendChild(h('span', {}, text));
    if (action) {
      element.appendChild(
        h('button', { attrs: { type: 'button' }, on: { click: action.run } }, action.label),
      );
    }
  };
  return {
    info: (text, action) => show(text, false, action),
    error: (text) => show(text, true),
  };
}

/**
 * The notice over the graph while the server or Neo4j does not answer: plain words, read out by
 * screen readers, gone by itself when the store answers again.
 */
export function createOutageNotice(): void {
  const element = byId('connection');
  connection.watch((outage) => {
    element.hidden = outage === null;
    element.textContent = outage === null ? '' : OUTAGE_TEXT[outage];
  });
}

// "Open in Neo4j Browser": shows the Cypher of the current view, copies it, and opens the
// Browser with it typed in (the Browser reads `cmd=edit&arg=` from its address).
import { byId } from './dom.js';

export interface CypherDialog {
  open(cypher: string): void;
}

export function browserLink(browserUrl: string, cypher: string): string {
  const url = new URL(browserUrl);
  url.searchParams.set('cmd', 'edit');
  url.searchParams.set('arg', cypher);
  return url.toString();
}

export function createCypherDialog(browserUrl: string): CypherDialog {
  const dialog = byId<HTMLDialogElement>('cypher-dialog');
  const text = byId('cypher-text');
  const link = byId<HTMLAnchorElement>('cypher-link');
  const copy = byId<HTMLButtonElement>('cypher-copy');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text.textContent ?? '');
      copy.textContent = 'Copied';
    } catch {
      // No clipboard permission (plain http on another host): select it for Ctrl-C instead.
      const range = document.createRange();
      range.selectNodeContents(text);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      copy.textContent = 'Press Ctrl-C';
    }
    setTimeout(() => (copy.textContent = 'Copy'), 1500);
  });
  byId('cypher-close').addEventListener('click', () => dialog.close());
  return {
    open(cypher) {
      text.textContent = cypher;
      link.href = browserLink(browserUrl, cypher);
      dialog.showModal();
    },
  };
}

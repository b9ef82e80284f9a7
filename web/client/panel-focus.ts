// Where keyboard focus goes as the side panel opens, changes and closes: into the panel when it
// opens (its title, so a screen reader reads what opened and Tab reaches its buttons next), and
// back where it came from when it closes. A panel opened from the graph by arrow keys leaves the
// focus on the graph, so the arrows keep working; Enter moves into it (keyboard-nav.ts).
export interface PanelFocus {
  /** The next render of the panel takes the focus even if the panel was already open. */
  request(): void;
  /** Moves the focus to the panel's title. */
  enter(): void;
}

export function followPanelFocus(panel: HTMLElement, graph: HTMLElement): PanelFocus {
  let opener: HTMLElement | null = null;
  let requested = false;
  let open = !panel.hidden;

  const inPanel = (element: Element | null) => element !== null && panel.contains(element);
  const enter = () => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !inPanel(active)) {
      opener = active;
    }
    const title = panel.querySelector<HTMLElement>('h2');
    if (!title) return;
    title.tabIndex = -1;
    title.focus();
  };

  new MutationObserver(() => {
    const wasOpen = open;
    open = !panel.hidden;
    const active = document.activeElement;
    const lost = active === null || active === document.body || inPanel(active);
    if (!open) {
      if (wasOpen && lost) {
        const back = opener?.isConnected && !opener.closest('[hidden]') ? opener : graph;
        back.focus();
      }
      opener = null;
      return;
    }
    if (lost || requested || (!wasOpen && active !== graph)) enter();
    requested = false;
  }).observe(panel, { attributes: true, attributeFilter: ['hidden'], childList: true });

  return {
    request() {
      requested = true;
    },
    enter,
  };
}

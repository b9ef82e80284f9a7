// Builds DOM from data without ever parsing it as HTML: text goes in as text nodes, so a name or
// sentence like `<img src=x onerror=alert(1)>` shows as those characters and runs nothing.

type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes set with setAttribute; values are plain strings, never markup. */
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [key, value] of Object.entries(props.attrs ?? {})) element.setAttribute(key, value);
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`page: element #${id} is missing from index.html`);
  return element as T;
}

export function clear(element: Element): void {
  element.replaceChildren();
}

/** A color dot, as in the legend. */
export function swatch(color: string, kind: 'dot' | 'line' = 'dot'): HTMLElement {
  const span = h('span', { class: kind === 'line' ? 'swatch line' : 'swatch' });
  span.style.background = color;
  return span;
}

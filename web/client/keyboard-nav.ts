// Arrow keys on the focused graph move the selection to a neighbour of the selected entity: the
// one lying most in the arrow's direction on screen. Each move is announced in words through a
// live region, since the picture itself says nothing to a screen reader.
import type { Actions } from './actions.js';
import { byId } from './dom.js';
import type { PanelFocus } from './panel-focus.js';
import type { View } from './view.js';

export interface Point {
  x: number;
  y: number;
}

/** Screen directions of the arrow keys (the viewport's y grows downwards). */
const ARROWS: Readonly<Record<string, Point>> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/**
 * The candidate whose direction from `from` is closest to the arrow's, the nearer one on a tie.
 * Any candidate will do when none lies that way: an arrow always moves somewhere.
 */
export function pickInDirection(
  from: Point,
  candidates: readonly (Point & { id: string })[],
  key: string,
): string | null {
  const arrow = ARROWS[key];
  if (!arrow) return null;
  let best: { id: string; angle: number; distance: number } | null = null;
  for (const c of candidates) {
    const [dx, dy] = [c.x - from.x, c.y - from.y];
    const distance = Math.hypot(dx, dy);
    const angle = distance === 0 ? Math.PI : Math.acos((dx * arrow.x + dy * arrow.y) / distance);
    if (
      !best ||
      angle < best.angle - 1e-9 ||
      (Math.abs(angle - best.angle) <= 1e-9 && distance < best.distance)
    ) {
      best = { id: c.id, angle, distance };
    }
  }
  return best?.id ?? null;
}

export function bindKeyboardNavigation(view: View, actions: Actions, focus: PanelFocus): void {
  const { graph, renderer, container, state, highlight } = view;
  const announcer = byId('graph-announcer');
  const onScreen = (id: string) => {
    const { x, y } = graph.getNodeAttributes(id);
    return renderer.graphToViewport({ x, y });
  };

  const describe = (id: string) => {
    const a = graph.getNodeAttributes(id);
    const n = graph.neighbors(id).length;
    return `${a.label}, ${a.entityType}: ${n} neighbour${n === 1 ? '' : 's'} in view. Arrow keys move to a neighbour; Enter opens the details.`;
  };

  container.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !byId('details').hidden) {
      event.preventDefault();
      focus.enter();
      return;
    }
    if (!(event.key in ARROWS) || graph.order === 0) return;
    event.preventDefault();
    const from = state.node && graph.hasNode(state.node) ? state.node : null;
    let next: string | null;
    if (!from) next = [...highlight.largest][0] ?? graph.nodes()[0] ?? null;
    else {
      const around = graph.neighbors(from).map((id) => ({ id, ...onScreen(id) }));
      next = pickInDirection(onScreen(from), around, event.key);
      if (!next) {
        announcer.textContent = `${graph.getNodeAttribute(from, 'label')} has no neighbour in view.`;
        return;
      }
    }
    if (!next) return;
    announcer.textContent = describe(next);
    void actions.select(next, { move: true });
  });
}

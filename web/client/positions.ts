// Where nodes start: a remembered position when this browser laid the node out before, else a
// spot derived from the node's id alone. Either way a reload shows the same picture.

const STORAGE_KEY = 'newsgraph:positions:v1';
/** Positions kept at most, so localStorage stays well under its quota. */
const MAX_KEPT = 20_000;

export type Position = { x: number; y: number };

/** FNV-1a: a small, stable string hash. */
function hash(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A point in the unit disc picked by the id: the same id always lands on the same spot. */
export function seededPosition(id: string): Position {
  const angle = (hash(id) / 0xffffffff) * 2 * Math.PI;
  const radius = Math.sqrt(hash(id, 0x9747b28c) / 0xffffffff);
  return { x: 100 * radius * Math.cos(angle), y: 100 * radius * Math.sin(angle) };
}

export function loadPositions(storage: Storage | undefined = globalThis.localStorage) {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    return new Map<string, Position>(raw ? Object.entries(JSON.parse(raw)) : []);
  } catch {
    return new Map<string, Position>();
  }
}

export function savePositions(
  positions: Iterable<[string, Position]>,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  const kept: Record<string, Position> = {};
  let n = 0;
  for (const [id, { x, y }] of positions) {
    if (n++ >= MAX_KEPT) break;
    kept[id] = { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 };
  }
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // Full or disabled storage: positions simply are not remembered.
  }
}

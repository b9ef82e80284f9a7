// Answers arrive out of order: a slow answer to an old question must never overwrite the answer to
// a newer one. Every request the page makes goes through latest(), in a lane named for what it
// is for; starting a request aborts the requests it supersedes, and an answer that arrives after
// its request was superseded is dropped (Superseded is thrown, and callers let it pass silently).

/** What a request is for. */
export type Lane =
  | 'stats'
  | 'view'
  | 'more'
  | 'focus'
  | 'expand'
  | 'search'
  | 'articles'
  | 'articleEdges'
  | 'timeline'
  | 'views';

/**
 * Which requests a new one in each lane supersedes. A new view (the filters changed) makes every
 * answer about the old one stale; a new focus (an entity or a path) replaces the last focus;
 * expansions add to the view and stand side by side; searches and article lists replace their own.
 */
const SUPERSEDES: Record<Lane, readonly Lane[]> = {
  stats: ['stats'],
  view: ['view', 'more', 'focus', 'expand'],
  more: ['more'],
  focus: ['focus'],
  expand: [],
  search: ['search'],
  articles: ['articles'],
  articleEdges: ['articleEdges'],
  timeline: ['timeline'],
  // Saved views: the newest list, save, open or delete is the one that counts.
  views: ['views'],
};

/** Thrown in place of an answer nobody wants any more. */
export class Superseded extends Error {
  override name = 'Superseded';
}

/** One action's hold on its lane: each of its requests is asked through it. */
export interface Ticket {
  /** The request's answer, or Superseded once a newer action has replaced this one. */
  ask<T>(request: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

const open = new Map<Lane, Set<AbortController>>();

/** Aborts what a new action in the lane would, when the user cancels rather than asks anew. */
export function supersede(lane: Lane): void {
  for (const other of SUPERSEDES[lane]) for (const c of open.get(other) ?? []) c.abort();
}

/**
 * Runs an action (one request or several in a row) in a lane, after aborting the actions it
 * supersedes (see SUPERSEDES). Its requests and their answers hold only while it is the latest.
 */
export async function latest<T>(lane: Lane, action: (ticket: Ticket) => Promise<T>): Promise<T> {
  supersede(lane);
  const controller = new AbortController();
  const { signal } = controller;
  const mine = open.get(lane) ?? new Set<AbortController>();
  open.set(lane, mine);
  mine.add(controller);
  const ticket: Ticket = {
    async ask(request) {
      if (signal.aborted) throw new Superseded();
      try {
        const answer = await request(signal);
        if (signal.aborted) throw new Superseded();
        return answer;
      } catch (error) {
        throw signal.aborted ? new Superseded() : error;
      }
    },
  };
  try {
    return await action(ticket);
  } finally {
    mine.delete(controller);
  }
}

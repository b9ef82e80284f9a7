import { isPossessive, prepositionBefore, type SentenceContext } from './context.js';

/** An implicit target and how much it lowers the confidence of the relation aimed at it. */
export interface Implicit {
  id: string;
  factor: number;
}

/**
 * Where a pressure or demand goes when the sentence names no object ("after appeals from Arab
 * partners", "to urge that the meeting proceed"), in order: the focal government if the sentence
 * names it; the nearest name before the trigger that is not behind a preposition (the party just
 * contacted); the first such name after it (the subject of the main clause after a fronted
 * phrase: "After appeals from European governments, the WTO extended …"); the focal government
 * anyway. Never one of the sources.
 */
export function implicitTarget(
  ctx: SentenceContext,
  t: number,
  sources: readonly string[],
): Implicit | undefined {
  const focal = ctx.focal && !sources.includes(ctx.focal) ? ctx.focal : undefined;
  if (focal && ctx.actors.some((a) => a.id === focal)) return { id: focal, factor: 0.75 };
  const free = ctx.actors.filter(
    (a) =>
      !sources.includes(a.id) && !a.outlet && !prepositionBefore(ctx, a) && !isPossessive(ctx, a),
  );
  const nearest = free.filter((a) => a.to <= t).pop() ?? free.find((a) => a.from > t);
  if (nearest) return { id: nearest.id, factor: 0.7 };
  return focal ? { id: focal, factor: 0.55 } : undefined;
}

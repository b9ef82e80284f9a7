import type { Stats } from 'node:fs';

// A rerun hashes only the files whose stat changed since the store last saw them, as git does:
// listing the corpus is then the only cost of a no-op that grows with it. The stat is size,
// modification and change times and inode: an edit changes the times, a file put in another's
// place (cp, a checkout) its inode or change time, and resetting the modification time by hand
// (touch -d) still changes the change time.

/**
 * How close to the moment it was hashed a file may have changed and still be trusted: a file
 * written again within the same tick of a coarse clock (whole seconds on some file systems)
 * would keep its stat, so a file this fresh gets no stat and is hashed again next time.
 */
export const RACY_MS = 3000;

/** The stat to keep with a file hashed at `now` (ms), or null when it is too fresh to trust. */
export function fileStat(info: Stats, now: number): string | null {
  if (now - Math.max(info.mtimeMs, info.ctimeMs) < RACY_MS) return null;
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.dev}:${info.ino}`;
}

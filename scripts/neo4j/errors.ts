/**
 * Every failure a user can fix is a LocalNeo4jError whose message is ONE line starting with
 * `neo4j: ` and saying how to fix it, so the CLI can print it as is and callers (test runner,
 * `npm start`) can show it without a stack trace.
 */
export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'PORT_IN_USE'
  | 'FETCH_FAILED'
  | 'CHECKSUM_MISMATCH'
  | 'LOCK_FILE'
  | 'BAD_OPTIONS'
  | 'AUTH_FAILED'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'STOP_FAILED'
  | 'BUSY';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';

  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(oneLine(message.startsWith('neo4j: ') ? message : `neo4j: ${message}`));
  }
}

/** Collapses whitespace so a message stays on one terminal line even when it quotes a log. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Node's own errors carry a `code` (ENOENT, EADDRINUSE, ...); anything else has none. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** The innermost useful reason of an error, e.g. `ECONNREFUSED` behind undici's "fetch failed". */
export function describeCause(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const cause = (current as { cause?: unknown } | null)?.cause;
    if (cause === undefined || cause === null) break;
    current = cause;
  }
  const code = errnoCode(current);
  const message = current instanceof Error ? current.message : String(current);
  return oneLine(code !== undefined && !message.includes(code) ? `${code}: ${message}` : message);
}

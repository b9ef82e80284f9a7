/**
 * Polls `check` until it holds; for effects another process or a watcher brings about. On time
 * out, `context` says what the process was doing (its output, say).
 */
export async function eventually(
  check: () => Promise<boolean> | boolean,
  { timeoutMs = 60_000, intervalMs = 50, context = (): string => '' } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      const detail = context();
      throw new Error(
        `test: condition not met within ${timeoutMs} ms${detail ? `\n${detail}` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

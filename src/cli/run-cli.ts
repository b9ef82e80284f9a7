/**
 * Runs a command's main function the way every Newsgraph command should end: on an expected
 * failure one line on stderr and exit code 1, never a stack trace (NEWSGRAPH_DEBUG=1 shows it).
 */
export function runCli(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const line = message.split('\n')[0] ?? '';
      // Our own errors already start with their module ("store: …"); others get the command's name.
      process.stderr.write(`${/^[a-z0-9-]+: /.test(line) ? line : `${name}: ${line}`}\n`);
      if (process.env.NEWSGRAPH_DEBUG && error instanceof Error)
        process.stderr.write(`${error.stack}\n`);
      process.exitCode = 1;
    },
  );
}

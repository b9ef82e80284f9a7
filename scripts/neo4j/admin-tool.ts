import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalNeo4jError, oneLine } from './errors.js';
import type { InstanceLayout } from './layout.js';
import type { ArtifactLock } from './lock-file.js';
import { argFileLine } from './server-process.js';

/**
 * True until the server has created its system database: only then does an initial password
 * take effect, so later starts skip the extra JVM launch.
 */
export function needsInitialPassword(layout: InstanceLayout): boolean {
  return !existsSync(join(layout.data, 'databases', 'system'));
}

/**
 * `neo4j-admin dbms set-initial-password`, run from the same jars through its main class: it
 * writes data/dbms/auth.ini, which the server reads when it creates the system database. The
 * password goes in a private @argfile, never on the command line, where /proc/<pid>/cmdline
 * would show it to every user of the machine.
 */
export async function setInitialPassword(
  java: string,
  lock: ArtifactLock,
  layout: InstanceLayout,
  classpathArg: string,
  password: string,
): Promise<void> {
  const argFile = join(layout.run, 'admin.args');
  const args = [lock.adminClass, 'dbms', 'set-initial-password', password];
  await writeFile(argFile, `${args.map(argFileLine).join('\n')}\n`, { mode: 0o600 });
  try {
    await runAdmin(java, layout, [classpathArg, '-Xmx256m', `@${argFile}`]);
    await chmod(join(layout.data, 'dbms', 'auth.ini'), 0o600);
  } finally {
    await rm(argFile, { force: true });
  }
}

function runAdmin(java: string, layout: InstanceLayout, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      java,
      args,
      {
        cwd: layout.home,
        timeout: 120_000,
        env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
      },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve();
          return;
        }
        // The first line of a Java failure says what is wrong; the stack trace after it does not help.
        const reason =
          `${stderr}\n${stdout}`
            .split('\n')
            .map((line) => line.trim())
            .find((line) => line !== '' && !line.startsWith('at ')) ?? error.message;
        reject(
          new LocalNeo4jError(
            'START_FAILED',
            `setting the initial password failed: ${oneLine(reason).slice(0, 240)}`,
          ),
        );
      },
    );
  });
}

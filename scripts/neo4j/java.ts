import { execFile } from 'node:child_process';
import { errnoCode, LocalNeo4jError, oneLine } from './errors.js';

/** Neo4j 5.26 runs on Java 17 and 21 (newer ones work, with a warning from Neo4j). */
export const MIN_JAVA = 17;

export interface JavaInfo {
  command: string;
  major: number;
  version: string;
}

const INSTALL_HINT =
  'install a JDK 17 or newer (e.g. Temurin from adoptium.net) and put it on PATH or set JAVA_HOME';

/** `1.8.0_392` → 8, `17.0.15` → 17, `21` → 21. */
export function javaMajor(version: string): number {
  const [first, second] = version.split(/[.+_-]/).map(Number);
  return first === 1 && second !== undefined ? second : (first ?? Number.NaN);
}

/**
 * Runs `java -version` (the only check that works for every vendor and version) before anything
 * else, so a missing or old Java is one clear line instead of a JVM crash in a log file.
 */
export function checkJava(command: string): Promise<JavaInfo> {
  return new Promise((resolve, reject) => {
    execFile(command, ['-version'], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error !== null) {
        const code = errnoCode(error);
        const reason =
          code === 'ENOENT' || code === 'EACCES'
            ? `${command} was not found`
            : `${command} -version failed (${oneLine(stderr || error.message).slice(0, 160)})`;
        reject(
          new LocalNeo4jError(
            'JAVA_MISSING',
            `Java ${MIN_JAVA}+ is required but ${reason}; ${INSTALL_HINT}`,
          ),
        );
        return;
      }
      const version = /version "([^"]+)"/.exec(`${stderr}\n${stdout}`)?.[1];
      const major = version === undefined ? Number.NaN : javaMajor(version);
      if (version === undefined || Number.isNaN(major)) {
        reject(
          new LocalNeo4jError(
            'JAVA_MISSING',
            `cannot tell the version of ${command} (${oneLine(stderr).slice(0, 120)}); ${INSTALL_HINT}`,
          ),
        );
        return;
      }
      if (major < MIN_JAVA) {
        reject(
          new LocalNeo4jError(
            'JAVA_TOO_OLD',
            `Java ${MIN_JAVA}+ is required but ${command} is Java ${version}; ${INSTALL_HINT}`,
          ),
        );
        return;
      }
      resolve({ command, major, version });
    });
  });
}

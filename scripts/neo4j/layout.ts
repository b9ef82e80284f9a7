import { join } from 'node:path';

/** Where one instance keeps its files; all of it under `.neo4j/<instance>/`, git-ignored. */
export interface InstanceLayout {
  home: string;
  conf: string;
  confFile: string;
  data: string;
  logs: string;
  run: string;
  import: string;
  plugins: string;
  /** Written by us at spawn and by Neo4j itself at boot (same pid); Neo4j removes it on clean exit. */
  pidFile: string;
  /** Ports and version the running process was started with, so status/stop need no options. */
  stateFile: string;
  /** JVM stdout/stderr: only early failures (bad flags, crash before logging) end up here. */
  consoleLog: string;
  neo4jLog: string;
  /** Java reads its classpath from this file: 200+ jar paths overflow Windows' command line. */
  argFile: string;
  startLock: string;
}

export function instanceLayout(home: string): InstanceLayout {
  const run = join(home, 'run');
  const logs = join(home, 'logs');
  const conf = join(home, 'conf');
  return {
    home,
    conf,
    confFile: join(conf, 'neo4j.conf'),
    data: join(home, 'data'),
    logs,
    run,
    import: join(home, 'import'),
    plugins: join(home, 'plugins'),
    pidFile: join(run, 'neo4j.pid'),
    stateFile: join(run, 'instance.json'),
    consoleLog: join(logs, 'console.log'),
    neo4jLog: join(logs, 'neo4j.log'),
    argFile: join(run, 'java.args'),
    startLock: join(run, 'start.lock'),
  };
}

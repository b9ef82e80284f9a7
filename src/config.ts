import { z } from 'zod';

/** Where the main job and the API find Neo4j and where the web server listens. */
export interface Config {
  neo4j: {
    uri: string;
    /** True when NEO4J_URI is unset: the project's own Neo4j (scripts/neo4j) is used and may be started. */
    local: boolean;
    user: string;
    password: string;
    database: string;
    /**
     * How long a write that failed for want of Neo4j is retried before the run gives up with one
     * line; unset, DEFAULT_MAX_RETRY_SECONDS.
     */
    maxRetrySeconds?: number;
  };
  web: { host: string; port: number };
}

/** Long enough to ride out a restart or a leader switch, short enough to report a Neo4j gone for good. */
export const DEFAULT_MAX_RETRY_SECONDS = 15;

export const DEFAULT_CONFIG: Config = {
  neo4j: {
    uri: 'bolt://127.0.0.1:7687',
    local: true,
    user: 'neo4j',
    password: 'newsgraph-local',
    database: 'neo4j',
  },
  web: { host: '127.0.0.1', port: 3000 },
};

const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\//,
      'must start with bolt:// or neo4j:// (optionally +s or +ssc)',
    )
    .optional(),
  NEO4J_USER: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_MAX_RETRY_SECONDS: z.coerce.number().min(0).optional(),
  HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

/** A setting that cannot work; its message names the variable and what it should be. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads configuration from environment variables (a .env file is loaded into them by the entry points). */
export function resolveConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(
    Object.entries(env).map(([key, value]) => [key, value === '' ? undefined : value]),
  );
  const parsed = EnvSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`config: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? DEFAULT_CONFIG.neo4j.uri,
      local: e.NEO4J_URI === undefined,
      user: e.NEO4J_USER ?? DEFAULT_CONFIG.neo4j.user,
      password: e.NEO4J_PASSWORD ?? DEFAULT_CONFIG.neo4j.password,
      database: e.NEO4J_DATABASE ?? DEFAULT_CONFIG.neo4j.database,
      ...(e.NEO4J_MAX_RETRY_SECONDS !== undefined && {
        maxRetrySeconds: e.NEO4J_MAX_RETRY_SECONDS,
      }),
    },
    web: { host: e.HOST ?? DEFAULT_CONFIG.web.host, port: e.PORT ?? DEFAULT_CONFIG.web.port },
  };
}

/**
 * The variables that point a child process (an ingest CLI, a second machine's run) at this Neo4j:
 * what resolveConfig reads back into the same settings.
 */
export function neo4jEnvironment(neo4j: Omit<Config['neo4j'], 'local'>): Record<string, string> {
  return {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    ...(neo4j.maxRetrySeconds !== undefined && {
      NEO4J_MAX_RETRY_SECONDS: String(neo4j.maxRetrySeconds),
    }),
  };
}

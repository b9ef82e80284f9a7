import { Neo4jError } from 'neo4j-driver';

/** Neo4j could not be used. The message is one line that says what to do; `status` suits HTTP. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    message: string,
    readonly status: number = 503,
  ) {
    super(message);
  }
}

/** Which Neo4j a failure is about: named in messages (never the password). */
export interface StoreTarget {
  uri: string;
  user: string;
  database: string;
}

// Codes from the driver and server that mean "Neo4j is not there or not usable as configured":
// each gets its own fix. Anything else is a bug or a query error and keeps its own message.
const KNOWN_FAILURES: readonly { codes: readonly string[]; explain: (t: StoreTarget) => string }[] =
  [
    {
      codes: ['ServiceUnavailable', 'SessionExpired'],
      explain: (t) =>
        `cannot reach Neo4j at ${t.uri}; start it (npm run neo4j:start) or set NEO4J_URI`,
    },
    {
      codes: [
        'Neo.ClientError.Security.Unauthorized',
        'Neo.ClientError.Security.AuthenticationRateLimit',
      ],
      explain: (t) =>
        `Neo4j at ${t.uri} refused user '${t.user}'; check NEO4J_USER and NEO4J_PASSWORD`,
    },
    {
      codes: ['Neo.ClientError.Database.DatabaseNotFound'],
      explain: (t) => `database '${t.database}' does not exist at ${t.uri}; check NEO4J_DATABASE`,
    },
  ];

/** Maps a driver error to a one-line StoreError when it means Neo4j is unreachable or misconfigured. */
export function describeStoreFailure(error: unknown, target: StoreTarget): StoreError | undefined {
  if (error instanceof StoreError) return error;
  if (!(error instanceof Neo4jError)) return undefined;
  const known = KNOWN_FAILURES.find((f) => f.codes.includes(error.code));
  return known ? new StoreError(`store: ${known.explain(target)}`) : undefined;
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LocalNeo4jError } from './errors.js';

/**
 * The committed list of every jar on the server's classpath. It is generated once by the dev-only
 * `lock.ts` (which needs Maven); users only need it and Java, never Maven.
 */
export const LOCK_FILE_PATH = fileURLToPath(new URL('./artifacts.lock.json', import.meta.url));

const LockedArtifactSchema = z.object({
  group: z.string().min(1),
  artifact: z.string().min(1),
  version: z.string().min(1),
  classifier: z.string().min(1).optional(),
  sha1: z.string().regex(/^[0-9a-f]{40}$/),
  size: z.number().int().positive(),
});

const ArtifactLockSchema = z.object({
  neo4jVersion: z.string().min(1),
  browserVersion: z.string().min(1),
  mainClass: z.string().min(1),
  adminClass: z.string().min(1),
  totalBytes: z.number().int().positive(),
  // In Maven's classpath order: a few jars overlap (e.g. two JAXB APIs), so order is kept as resolved.
  artifacts: z.array(LockedArtifactSchema).min(1),
});

export type LockedArtifact = z.infer<typeof LockedArtifactSchema>;
export type ArtifactLock = z.infer<typeof ArtifactLockSchema>;

export function readLockFile(path: string = LOCK_FILE_PATH): ArtifactLock {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new LocalNeo4jError(
      'LOCK_FILE',
      `cannot read ${path} (${error instanceof Error ? error.message : String(error)}); restore it from git or regenerate it with \`npx tsx scripts/neo4j/lock.ts\``,
    );
  }
  const parsed = ArtifactLockSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LocalNeo4jError(
      'LOCK_FILE',
      `${path} is malformed at ${issue?.path.join('.')}: ${issue?.message}; restore it from git or regenerate it`,
    );
  }
  return parsed.data;
}

/** `group:artifact:version[:classifier]`, as people search for it. */
export function coordinates(a: LockedArtifact): string {
  return [a.group, a.artifact, a.version, a.classifier].filter(Boolean).join(':');
}

/** Path of the jar inside a Maven 2 repository; the local cache uses the same layout. */
export function repositoryPath(a: LockedArtifact): string {
  const file = `${a.artifact}-${a.version}${a.classifier ? `-${a.classifier}` : ''}.jar`;
  return [...a.group.split('.'), a.artifact, a.version, file].join('/');
}

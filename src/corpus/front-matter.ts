import matter from 'gray-matter';
import { z } from 'zod';
import { CorpusError } from './errors.js';

// YAML turns `published: 2026-02-04` into a Date; the model keeps ISO strings, date-only when the
// source gave only a date, so that one form round-trips through Neo4j and JSON unchanged.
const isoDate = z.union([z.string(), z.date()]).transform((value) => {
  if (typeof value === 'string') return value;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
});

const FrontMatterSchema = z
  .object({
    title: z.string().min(1).optional(),
    outlet: z.string().min(1).optional(),
    published: isoDate.optional(),
    language: z.string().min(2).optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** Splits an optional `---` YAML block from the body and validates its fields. */
export function parseFrontMatter(
  raw: string,
  source: string,
): { meta: FrontMatter; body: string } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object keeps gray-matter from caching by content, which would hand
    // back the same object for two files with equal text.
    parsed = matter(raw, {});
  } catch (error) {
    throw new CorpusError(`corpus: ${source}: front matter is not valid YAML (${firstLine(error)})`);
  }
  const result = FrontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || 'front matter';
    throw new CorpusError(
      `corpus: ${source}: ${where}: ${issue?.message ?? 'invalid'} (allowed keys: title, outlet, published, language)`,
    );
  }
  return { meta: result.data, body: parsed.content };
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}

import { z } from 'zod';
import { toIsoDate } from '../model/dates.js';
import { CorpusError } from './errors.js';
import { readYaml, YamlError } from './yaml.js';

// Article files are untrusted input, so front matter is only ever data: YAML read by readYaml
// (core schema, aliases capped), and any other language is refused before a byte of it is
// looked at. gray-matter, used before, evaluated `---js` blocks as code.
const OPENING = /^\uFEFF?---[ \t]*([^\s]*)[ \t]*\r?\n/;
// The closing line may follow the opening one at once: an empty block.
const CLOSING = /(?:^|\n)---[ \t]*(?:\r?\n|$)/;
const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

const FrontMatterSchema = z
  .object({
    title: z.string().min(1).optional(),
    outlet: z.string().min(1).optional(),
    published: z.string().optional(),
    language: z.string().min(2).optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** The raw front-matter block (without its `---` lines), its language and the body after it. */
export function splitFrontMatter(
  raw: string,
): { block: string; language: string; body: string } | undefined {
  const opening = OPENING.exec(raw);
  if (!opening) return undefined;
  const rest = raw.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return undefined;
  return {
    block: rest.slice(0, closing.index),
    language: (opening[1] ?? '').toLowerCase(),
    body: rest.slice(closing.index + closing[0].length),
  };
}

/**
 * Splits an optional `---` YAML block from the body and validates its fields. A date that is not
 * a real one is a note, and the article is undated: the text is still worth ingesting.
 */
export function parseFrontMatter(
  raw: string,
  source: string,
): { meta: FrontMatter; body: string; notes: string[] } {
  const split = splitFrontMatter(raw);
  if (!split) return { meta: {}, body: raw, notes: [] };
  if (!YAML_LANGUAGES.has(split.language)) {
    throw new CorpusError(
      `corpus: ${source}: front matter in '${split.language}' is not read (only YAML front matter is); skipped`,
    );
  }
  let data: unknown;
  try {
    data = readYaml(split.block) ?? {};
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    throw new CorpusError(`corpus: ${source}: front matter is not valid YAML (${error.message})`);
  }
  const result = FrontMatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || 'front matter';
    throw new CorpusError(
      `corpus: ${source}: ${where}: ${issue?.message ?? 'invalid'} (allowed keys: title, outlet, published, language)`,
    );
  }
  const { published, ...meta } = result.data;
  if (published === undefined) return { meta, body: split.body, notes: [] };
  const iso = toIsoDate(published);
  if (iso) return { meta: { ...meta, published: iso }, body: split.body, notes: [] };
  const note = `corpus: ${source}: published '${published}' is not a real date (use YYYY-MM-DD); the article is undated`;
  return { meta, body: split.body, notes: [note] };
}

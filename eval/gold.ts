import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../src/model/types.js';
import { BLIND_SETS, type BlindSet } from './blind-sets.js';

// The shape of test/gold/: hand annotations of corpus/ (corpus.json), sentences written fresh on
// other topics one rule at a time (fresh.json), a held-out set of such sentences written before
// the rules were changed against it (fresh-heldout.json), and the blind sets of BLIND_SETS.

const GoldEntity = z.object({
  id: z.string(),
  type: z.enum(ENTITY_TYPES),
  name: z.string(),
  aliases: z.array(z.string()),
  articles: z.array(z.string()),
  role: z.string().optional(),
});

const GoldRelation = z.object({
  type: z.enum(RELATION_TYPES),
  source: z.string(),
  target: z.string(),
  article: z.string(),
  /** A substring of the evidence sentence that tells it from the article's other sentences. */
  evidence: z.string(),
  modality: z.enum(MODALITIES).optional(),
  claim: z.string().optional(),
});

const CorpusGold = z.object({
  guidelines: z.array(z.string()),
  entities: z.array(GoldEntity),
  relations: z.array(GoldRelation),
});

const FreshCase = z.object({
  rule: z.string(),
  text: z.string(),
  entities: z.array(z.string()),
  relations: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      source: z.string(),
      target: z.string(),
      modality: z.enum(MODALITIES).optional(),
      /** A substring the relation's claim must hold (CONFIRMED, REJECTED, DEMANDED). */
      claim: z.string().optional(),
    }),
  ),
  absent: z.array(z.string()).optional(),
});

const FreshGold = z.object({
  about: z.string(),
  guidelines: z.array(z.string()).optional(),
  cases: z.array(FreshCase),
});

export type GoldEntity = z.infer<typeof GoldEntity>;
export type GoldRelation = z.infer<typeof GoldRelation>;
export type CorpusGold = z.infer<typeof CorpusGold>;
export type FreshCase = z.infer<typeof FreshCase>;

export const DEFAULT_GOLD_DIR = 'test/gold';

async function load<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `eval: ${path}: ${issue?.path.join('.')}: ${issue?.message}; fix the gold file`,
    );
  }
  return parsed.data;
}

export async function loadGold(dir = DEFAULT_GOLD_DIR): Promise<{
  corpus: CorpusGold;
  fresh: FreshCase[];
  heldout: FreshCase[];
  /** BLIND_SETS' cases, in its order. */
  blind: { set: BlindSet; cases: FreshCase[] }[];
}> {
  const corpus = await load(join(dir, 'corpus.json'), CorpusGold);
  const fresh = await load(join(dir, 'fresh.json'), FreshGold);
  const heldout = await load(join(dir, 'fresh-heldout.json'), FreshGold);
  const blind = await Promise.all(
    BLIND_SETS.map(async (set) => ({
      set,
      cases: (await load(join(dir, set.file), FreshGold)).cases,
    })),
  );
  return { corpus, fresh: fresh.cases, heldout: heldout.cases, blind };
}

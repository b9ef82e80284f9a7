// The co-mentions a batch adds and takes away, counted here from the mentions the writer has in
// hand (and, for the articles it replaces, reads back once) rather than in Cypher: one change per
// pair for the whole batch, so a pair that twenty articles name is written once, and a pair an
// article names both before and after a rewrite is not written at all.

/** What one article names: each entity once, with the indexes of the sentences naming it. */
export type Named = readonly { entity: string; sentences?: readonly number[] | null }[];

/** How much a batch changes the counts of one pair (source, target), source < target. */
interface PairDelta {
  target: string;
  articles: number;
  sentences: number;
}

/**
 * What one COUNT_COMENTIONS changes: the entities the changed pairs join, in id order, and each
 * pair's change in the i-th place of four lists, its ends as places in `entities`, pairs in
 * (source, target) order. Neo4j finds each entity once for the whole batch and reaches a pair's
 * ends by position, instead of two index seeks a pair (lists of plain numbers cost the driver and
 * Neo4j less to pass than a map a pair).
 */
export interface CoMentionDeltas {
  entities: string[];
  sources: number[];
  targets: number[];
  articles: number[];
  sentences: number[];
}

/**
 * The change to every pair's {articles, sentences} when the articles `added` name are counted and
 * those `removed` named are taken out, each pair from the smaller id to the larger; unchanged
 * pairs are left out, and nothing at all is null.
 */
export function coMentionDeltas(
  added: readonly Named[],
  removed: readonly Named[],
): CoMentionDeltas | null {
  const deltas = new Map<string, Map<string, PairDelta>>();
  const count = (named: Named, sign: number) => {
    const entities = byEntity(named);
    for (let i = 0; i < entities.length; i++) {
      const [source, mine] = entities[i] as [string, ReadonlySet<number>];
      let pairs = deltas.get(source);
      if (!pairs) deltas.set(source, (pairs = new Map()));
      for (let j = i + 1; j < entities.length; j++) {
        const [target, theirs] = entities[j] as [string, ReadonlySet<number>];
        let shared = 0;
        for (const s of mine) if (theirs.has(s)) shared++;
        // + 0: no -0 for a removed article sharing no sentence.
        const sentences = sign * shared + 0;
        const pair = pairs.get(target);
        if (pair) {
          pair.articles += sign;
          pair.sentences += sentences;
        } else pairs.set(target, { target, articles: sign, sentences });
      }
    }
  };
  for (const named of added) count(named, 1);
  for (const named of removed) count(named, -1);

  const changed = [...deltas]
    .sort(([a], [b]) => compare(a, b))
    .map(([source, pairs]) => ({
      source,
      pairs: [...pairs.values()]
        .filter((p) => p.articles !== 0 || p.sentences !== 0)
        .sort((a, b) => compare(a.target, b.target)),
    }));
  const ends = new Set<string>();
  for (const { source, pairs } of changed) {
    for (const p of pairs) ends.add(source).add(p.target);
  }
  if (ends.size === 0) return null;
  const sorted = [...ends].sort(compare);
  const place = new Map(sorted.map((id, i) => [id, i]));
  const result: CoMentionDeltas = {
    entities: sorted,
    sources: [],
    targets: [],
    articles: [],
    sentences: [],
  };
  for (const { source, pairs } of changed) {
    for (const p of pairs) {
      result.sources.push(place.get(source) as number);
      result.targets.push(place.get(p.target) as number);
      result.articles.push(p.articles);
      result.sentences.push(p.sentences);
    }
  }
  return result;
}

/** The article's entities in id order, each once, with its sentences. */
function byEntity(named: Named): [string, ReadonlySet<number>][] {
  const sentences = new Map<string, Set<number>>();
  for (const { entity, sentences: these } of named) {
    let set = sentences.get(entity);
    if (!set) sentences.set(entity, (set = new Set()));
    for (const s of these ?? []) set.add(s);
  }
  return [...sentences].sort(([a], [b]) => compare(a, b));
}

// Code-unit order, as Cypher compares strings: the pair's direction must be the one reads expect.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

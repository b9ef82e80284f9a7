// The co-mentions a batch adds and takes away, counted here from the mentions the writer has in
// hand (and, for the articles it replaces, reads back once) rather than in Cypher: one row per
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
 * The changes to one entity's pairs with larger ids: one row of COUNT_COMENTIONS, the i-th pair's
 * in the i-th place of each list (lists of plain values cost the driver and Neo4j less to pass
 * than a map a pair).
 */
export interface PairDeltas {
  source: string;
  targets: string[];
  articles: number[];
  sentences: number[];
}

/**
 * The change to every pair's {articles, sentences} when the articles `added` name are counted and
 * those `removed` named are taken out, grouped by the smaller id, in id order; unchanged pairs are
 * left out.
 */
export function coMentionDeltas(added: readonly Named[], removed: readonly Named[]): PairDeltas[] {
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
  return [...deltas]
    .sort(([a], [b]) => compare(a, b))
    .flatMap(([source, pairs]) => {
      const changed = [...pairs.values()]
        .filter((p) => p.articles !== 0 || p.sentences !== 0)
        .sort((a, b) => compare(a.target, b.target));
      if (changed.length === 0) return [];
      return [
        {
          source,
          targets: changed.map((p) => p.target),
          articles: changed.map((p) => p.articles),
          sentences: changed.map((p) => p.sentences),
        },
      ];
    });
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

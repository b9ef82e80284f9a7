// A made-up news graph of any size, written through the real store writer: the bench measures the
// API and the page on it, and the scale test draws 10,000 entities and 50,000 relations with it.
// Deterministic for a given seed.
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type Entity,
  type Mention,
  type Relation,
} from '../src/model/types.js';
import type { ArticleWrite, GraphWriter } from '../src/store/write.js';
import { seededRandom } from '../src/model/seeded-random.js';

export interface SyntheticOptions {
  entities: number;
  relations: number;
  articles: number;
  seed: number;
}

export function syntheticGraph(options: SyntheticOptions) {
  const rand = seededRandom(options.seed);
  const entities: Entity[] = Array.from({ length: options.entities }, (_, i) => {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length] ?? 'Person';
    const name = `Synthetic ${type} ${i}`;
    return {
      id: `${type.toLowerCase()}:synthetic-${i}`,
      name,
      type,
      aliases: [name],
      articles: [],
    };
  });
  // Squaring a uniform draw favours low indices: a few hubs, a long tail, like real news.
  const pick = () => entities[Math.floor(rand() * rand() * entities.length)] as Entity;
  const writes = new Map<string, ArticleWrite>();
  const mentions = new Map<string, Mention>();
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000);
  for (let i = 0; i < options.relations; i++) {
    const article = `synthetic-${i % options.articles}`;
    const published = day(i % options.articles)
      .toISOString()
      .slice(0, 10);
    let write = writes.get(article);
    if (!write) {
      write = {
        row: {
          id: article,
          title: `Synthetic article ${i % options.articles}`,
          published,
          language: 'en',
          factsHash: 'synthetic',
          ingestedAt: new Date(0).toISOString(),
        },
        mentions: [],
        relations: [],
      };
      writes.set(article, write);
    }
    let source = pick();
    let target = pick();
    if (source.id === target.id)
      target = entities[(entities.indexOf(target) + 1) % entities.length] as Entity;
    const type = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)] ?? 'MET_WITH';
    if (type === 'MET_WITH' && source.id > target.id) [source, target] = [target, source];
    const evidence = `${source.name} ${type.toLowerCase()} ${target.name}.`;
    const relation: Relation & { id: string } = {
      id: `synthetic-rel-${i}`,
      type,
      source: source.id,
      target: target.id,
      article,
      evidence,
      start: 0,
      end: evidence.length,
      trigger: type.toLowerCase(),
      published,
      confidence: Math.round(rand() * 100) / 100,
      modality: 'happened',
    };
    // Each relation is a sentence of its own, naming both ends.
    const sentence = write.relations.length;
    (write.relations as (Relation & { id: string })[]).push(relation);
    for (const entity of [source, target]) {
      const key = `${entity.id}|${article}`;
      const mention = mentions.get(key);
      if (mention) {
        mention.count++;
        if (mention.sentences?.at(-1) !== sentence) mention.sentences?.push(sentence);
      } else {
        const fresh: Mention = {
          entity: entity.id,
          article,
          count: 1,
          aliases: [entity.name],
          sentences: [sentence],
        };
        mentions.set(key, fresh);
        (write.mentions as Mention[]).push(fresh);
        entity.articles.push(article);
      }
    }
  }
  return { writes: [...writes.values()], entities: new Map(entities.map((e) => [e.id, e])) };
}

/** Writes the synthetic graph in batches of articles; returns what it wrote. */
export async function writeSyntheticGraph(writer: GraphWriter, options: SyntheticOptions) {
  const graph = syntheticGraph(options);
  await writer.ensureSchema();
  const batch = 250;
  for (let i = 0; i < graph.writes.length; i += batch) {
    const writes = graph.writes.slice(i, i + batch);
    const ids = new Set(writes.flatMap((w) => w.mentions.map((m) => m.entity)));
    await writer.writeEntities(
      [...ids].map((id) => graph.entities.get(id) as Entity),
      [],
    );
    await writer.writeBatch({ remove: [], replace: writes });
  }
  return { entities: graph.entities.size, articles: graph.writes.length };
}

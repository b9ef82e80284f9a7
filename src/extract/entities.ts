import type { Entity, Mention } from '../model/types.js';
import type { Found } from './found.js';

const sorted = (set: Iterable<string>) => [...new Set(set)].sort();

/** The most frequent role, ties broken alphabetically, so the choice does not depend on order. */
export function commonest(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** One Entity and one Mention per id among an article's settled mentions, sorted by id. */
export function collectEntities(
  articleId: string,
  found: readonly Found[],
): { entities: Entity[]; mentions: Mention[] } {
  const byId = new Map<string, Found[]>();
  for (const f of found) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const id of [...byId.keys()].sort()) {
    const list = byId.get(id) ?? [];
    const first = list[0];
    if (!first) continue;
    const aliases = sorted([first.name, ...list.map((f) => f.surface)]);
    const role = commonest(list.flatMap((f) => (f.role ? [f.role] : [])));
    const entity: Entity = {
      id,
      name: first.name,
      type: first.type,
      aliases,
      articles: [articleId],
    };
    const mention: Mention = {
      entity: id,
      article: articleId,
      count: list.length,
      aliases: sorted(list.map((f) => f.surface)),
    };
    if (role) {
      entity.role = role;
      mention.role = role;
    }
    entities.push(entity);
    mentions.push(mention);
  }
  return { entities, mentions };
}

import { isAcronym } from '../extract/acronyms.js';
import { resolveShortNames } from '../extract/canonical.js';
import { commonest } from '../extract/entities.js';
import type { ArticleExtraction, CorpusGraph, Entity, Mention, Relation } from '../model/types.js';
import {
  entityId,
  entityIdSuffix,
  mentionKey,
  orderedEnds,
  relationKey,
  slug,
} from '../model/keys.js';

const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())].sort();
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Person ids to rewrite so that a short name one article uses ("Witkoff", "Trump") joins the one
 * full name the corpus knows it by ("Steve Witkoff", "Donald Trump"). A short name two full
 * names share is left alone. Other types merge by id only: never across types.
 */
function personRewrites(entities: readonly Entity[]): Map<string, string> {
  const people = entities.filter((e) => e.type === 'Person');
  const full = resolveShortNames(people.map((e) => e.name));
  const rewrites = new Map<string, string>();
  for (const e of people) {
    const name = full.get(e.name);
    if (name) rewrites.set(e.id, entityId('Person', name));
  }
  return rewrites;
}

/**
 * Organisation ids to rewrite so that an acronym one article uses alone ("the EBA") joins the
 * one organisation another article spelled out with it ("European Banking Authority (EBA)").
 * An acronym two organisations claim is left alone.
 */
function acronymRewrites(entities: readonly Entity[]): Map<string, string> {
  const organisations = entities.filter((e) => e.type === 'Organization');
  const spelledOut = new Map<string, Set<string>>();
  for (const e of organisations) {
    for (const alias of e.aliases) {
      if (isAcronym(alias) && slug(alias) !== entityIdSuffix(e.id)) {
        spelledOut.set(alias, (spelledOut.get(alias) ?? new Set()).add(e.id));
      }
    }
  }
  const rewrites = new Map<string, string>();
  for (const e of organisations) {
    const owners = spelledOut.get(e.name);
    if (owners?.size === 1 && slug(e.name) === entityIdSuffix(e.id)) {
      rewrites.set(e.id, [...owners][0] as string);
    }
  }
  return rewrites;
}

/** The name an id is known by: the one its id was made from, else the longest. */
function canonicalName(id: string, names: readonly string[]): string {
  const suffix = entityIdSuffix(id);
  const ranked = [...new Set(names)].sort(
    (a, b) =>
      Number(slug(b) === suffix) - Number(slug(a) === suffix) ||
      b.length - a.length ||
      compare(a, b),
  );
  return ranked[0] ?? suffix;
}

function mergeEntities(entities: readonly Entity[], rewrite: (id: string) => string): Entity[] {
  const groups = new Map<string, Entity[]>();
  for (const e of entities) {
    const id = rewrite(e.id);
    groups.set(id, [...(groups.get(id) ?? []), e]);
  }
  return [...groups]
    .map(([id, list]) => {
      const first = list[0] as Entity;
      const merged: Entity = {
        id,
        name: canonicalName(
          id,
          list.map((e) => e.name),
        ),
        type: first.type,
        aliases: union(list.map((e) => e.aliases)),
        articles: union(list.map((e) => e.articles)),
      };
      const role = commonest(list.flatMap((e) => (e.role ? [e.role] : [])));
      if (role) merged.role = role;
      return merged;
    })
    .sort((a, b) => compare(a.id, b.id));
}

/** Mentions with their entity ids rewritten, those of one entity in one article made one. */
export function mergeMentions(
  mentions: readonly Mention[],
  rewrite: (id: string) => string,
): Mention[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = mentionKey({ entity: rewrite(m.entity), article: m.article });
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()]
    .map((list) => {
      const first = list[0] as Mention;
      const merged: Mention = {
        entity: rewrite(first.entity),
        article: first.article,
        count: list.reduce((n, m) => n + m.count, 0),
        aliases: union(list.map((m) => m.aliases)),
      };
      const role = commonest(list.flatMap((m) => (m.role ? [m.role] : [])));
      if (role) merged.role = role;
      if (list.some((m) => m.sentences)) {
        merged.sentences = [...new Set(list.flatMap((m) => m.sentences ?? []))].sort(
          (a, b) => a - b,
        );
      }
      return merged;
    })
    .sort((a, b) => compare(a.entity, b.entity) || compare(a.article, b.article));
}

/** Relations with their ends rewritten; one whose ends became one entity goes. */
export function mergeRelations(
  relations: readonly Relation[],
  rewrite: (id: string) => string,
): Relation[] {
  const out = new Map<string, Relation>();
  for (const r of relations) {
    const [source, target] = orderedEnds(r.type, rewrite(r.source), rewrite(r.target));
    if (source === target) continue;
    const merged = { ...r, source, target };
    const key = relationKey(merged);
    const seen = out.get(key);
    // Two extractions of one sentence agreeing: keep one by a rule blind to input order.
    if (!seen || JSON.stringify(merged) < JSON.stringify(seen)) out.set(key, merged);
  }
  return [...out.keys()].sort(compare).map((k) => out.get(k) as Relation);
}

/**
 * The corpus-level merge: one node per real-world entity across articles, relation ends and
 * mentions rewritten to the merged ids. A pure function of the set of extractions: the output
 * is sorted and every choice is made on sorted values, so input order never shows.
 */
export function mergeExtractions(list: readonly ArticleExtraction[]): CorpusGraph {
  const entities = list.flatMap((x) => x.entities);
  const rewrites = new Map([...personRewrites(entities), ...acronymRewrites(entities)]);
  const rewrite = (id: string) => rewrites.get(id) ?? id;
  return {
    entities: mergeEntities(entities, rewrite),
    relations: mergeRelations(
      list.flatMap((x) => x.relations),
      rewrite,
    ),
    mentions: mergeMentions(
      list.flatMap((x) => x.mentions),
      rewrite,
    ),
  };
}

import { isAcronym } from '../extract/acronyms.js';
import { resolveShortNames } from '../extract/canonical.js';
import { entityId, entityIdSuffix, entityIdType, nameKey, slug } from '../model/keys.js';
import type { ArticleExtraction, Entity, EntityType } from '../model/types.js';

// Entity resolution across articles, in pieces small enough to run on part of a corpus. Which
// corpus-level entity one article's entity joins depends on a few facts about the others only:
// the longer person names that contain its name, the organisations that spell out its acronym.
// The alias index (src/store keeps it in Neo4j; mergeExtractions builds it in memory) answers
// exactly those questions, so a batch of articles can be resolved against a stored corpus and
// get the answer a merge of the whole corpus gives.

/**
 * One entry of the alias index, which one entity of one article puts there. The index holds
 * each distinct entry once, with the articles that put it there.
 *
 * - `entity`  key: the entity's id. Carries, in the store, the id it resolves to.
 * - `name`, `alias`, `role`  key: the entity's id; value: a name, surface form or role it had.
 * - `part`  key: a run of words of a person's name shorter than the name; value: the name.
 * - `person`  key: a person's name as words (nameKey); value: the entity's id.
 * - `acronym`  key: an acronym an organisation spells out; value: the organisation's id.
 * - `acronym-name`  key: an organisation named by an acronym alone; value: its id.
 */
export interface IndexEntry {
  kind: IndexKind;
  key: string;
  value: string;
}

export const INDEX_KINDS = [
  'entity',
  'name',
  'alias',
  'role',
  'part',
  'person',
  'acronym',
  'acronym-name',
] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

/** Every run of consecutive words shorter than the whole: "a b c" → "a", "b", "c", "a b", "b c". */
function shorterRuns(key: string): string[] {
  const words = key.split(' ');
  const runs = new Set<string>();
  for (let length = 1; length < words.length; length++) {
    for (let i = 0; i + length <= words.length; i++) {
      runs.add(words.slice(i, i + length).join(' '));
    }
  }
  return [...runs];
}

/** An acronym alias an organisation spelled out, as opposed to its own name's letters. */
const spellsOut = (e: Pick<Entity, 'id'>, alias: string) =>
  isAcronym(alias) && slug(alias) !== entityIdSuffix(e.id);

/** An organisation named by an acronym alone, which one spelled-out organisation may claim. */
const acronymAlone = (e: Pick<Entity, 'id' | 'name'>) =>
  isAcronym(e.name) && slug(e.name) === entityIdSuffix(e.id);

/** The entries one entity of one article puts in the alias index, without repeats. */
export function indexEntries(e: Entity): IndexEntry[] {
  const entries: IndexEntry[] = [
    { kind: 'entity', key: e.id, value: '' },
    { kind: 'name', key: e.id, value: e.name },
    ...e.aliases.map((alias) => ({ kind: 'alias' as const, key: e.id, value: alias })),
  ];
  if (e.role) entries.push({ kind: 'role', key: e.id, value: e.role });
  if (e.type === 'Person') {
    const key = nameKey(e.name);
    entries.push({ kind: 'person', key, value: e.id });
    for (const run of shorterRuns(key)) entries.push({ kind: 'part', key: run, value: e.name });
  }
  if (e.type === 'Organization') {
    for (const alias of e.aliases) {
      if (spellsOut(e, alias)) entries.push({ kind: 'acronym', key: alias, value: e.id });
    }
    if (acronymAlone(e)) entries.push({ kind: 'acronym-name', key: e.name, value: e.id });
  }
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const id = indexEntryId(entry);
    return !seen.has(id) && seen.add(id);
  });
}

/** The one key of an entry, in the store and in memory. */
export const indexEntryId = (e: IndexEntry) => `${e.kind}\u0000${e.key}\u0000${e.value}`;

/** What resolving an entity needs to ask the index. */
export interface ResolutionLookup {
  /** Every person name, anywhere in the corpus, that contains these words and more. */
  longerNames(key: string): readonly string[];
  /** Every organisation that spells out this acronym. */
  spelledOutBy(acronym: string): readonly string[];
}

/**
 * The questions resolving an entity with these names asks: the `part` keys of a person's names,
 * the `acronym` keys of an organisation's.
 */
export function resolutionQuestions(id: string, names: readonly string[]): IndexEntry[] {
  const type = entityIdType(id);
  if (type === 'Person') {
    return names.map((n) => ({ kind: 'part' as const, key: nameKey(n), value: '' }));
  }
  if (type === 'Organization') {
    return names
      .filter((name) => acronymAlone({ id, name }))
      .map((name) => ({ kind: 'acronym' as const, key: name, value: '' }));
  }
  return [];
}

/**
 * The corpus-level id an entity joins, given every name it has in the corpus: a person's short
 * name joins the one full name the corpus knows it by ("Witkoff" → "Steve Witkoff"; a short
 * name two full names share is left alone); an organisation named by an acronym alone joins
 * the one organisation another article spelled it out for ("the EBA" → "European Banking
 * Authority"). Other types, and entities that resolve to nothing, keep their id. Where names
 * resolve differently, the smallest id wins, whatever order they came in.
 */
export function resolveEntity(
  id: string,
  names: readonly string[],
  lookup: ResolutionLookup,
): string {
  const targets: string[] = [];
  const type = entityIdType(id);
  for (const name of names) {
    if (type === 'Person') {
      const full = resolveShortNames([name, ...lookup.longerNames(nameKey(name))]).get(name);
      if (full) targets.push(entityId('Person', full));
    } else if (type === 'Organization' && acronymAlone({ id, name })) {
      const owners = new Set(lookup.spelledOutBy(name));
      if (owners.size === 1) targets.push([...owners][0] as string);
    }
  }
  return targets.sort()[0] ?? id;
}

/** What the corpus says of one resolved entity, gathered from the entities that join it. */
export interface EntityEvidence {
  type: EntityType;
  names: readonly string[];
  aliases: readonly string[];
  /** Each role with the number of article entities that had it. */
  roles: readonly (readonly [string, number])[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

/** The most frequent role, ties broken alphabetically, so the choice does not depend on order. */
function commonestCounted(roles: readonly (readonly [string, number])[]): string | undefined {
  const counts = new Map<string, number>();
  for (const [role, n] of roles) counts.set(role, (counts.get(role) ?? 0) + n);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** One corpus-level entity's properties; the articles that mention it are the mentions' business. */
export function resolvedEntity(id: string, evidence: EntityEvidence): Omit<Entity, 'articles'> {
  const entity: Omit<Entity, 'articles'> = {
    id,
    name: canonicalName(id, evidence.names),
    type: evidence.type,
    aliases: [...new Set(evidence.aliases)].sort(),
  };
  const role = commonestCounted(evidence.roles);
  if (role) entity.role = role;
  return entity;
}

/**
 * The index keys whose entities may resolve differently once these entries come or go: a name
 * that comes or goes changes what its shorter names resolve to, an acronym spelled out changes
 * what the organisations named by it alone resolve to. The answer to each is a list of ids.
 */
export function dependents(entries: readonly IndexEntry[]): Pick<IndexEntry, 'kind' | 'key'>[] {
  return entries.flatMap((e): Pick<IndexEntry, 'kind' | 'key'>[] =>
    e.kind === 'part'
      ? [{ kind: 'person', key: e.key }]
      : e.kind === 'acronym'
        ? [{ kind: 'acronym-name', key: e.key }]
        : [],
  );
}

/** The entries one article's entities put in the index, each once. */
export function articleEntries(x: Pick<ArticleExtraction, 'entities'>): IndexEntry[] {
  const entries = new Map<string, IndexEntry>();
  for (const e of x.entities) {
    for (const entry of indexEntries(e)) entries.set(indexEntryId(entry), entry);
  }
  return [...entries.values()];
}

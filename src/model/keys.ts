// Identity: what makes two things one. Every id and key in the project is made here, so that
// extraction, the corpus-level merge, ingest, the store and the eval can never disagree on it.
import { createHash } from 'node:crypto';
import {
  ENTITY_TYPES,
  SYMMETRIC_RELATION_TYPES,
  type EntityType,
  type RelationType,
} from './types.js';

// Letters NFKD leaves whole, spelled as a reader of English would key them: "Radosław" → "radoslaw".
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/**
 * The form two spellings of one name share: no diacritics, no case, no periods or apostrophes,
 * hyphens and runs of spaces as one space. "U.S." and "US" meet at "us"; "Türkiye" at "turkiye".
 */
export function nameKey(surface: string): string {
  // Most words are plain lowercase ASCII already: skip the Unicode normalisation for them.
  if (/^[a-z0-9]+$/.test(surface)) return surface;
  return surface
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđıßæœþ]/g, (c) => UNDECOMPOSED[c] ?? c)
    .replace(/[.,'’‘`]/g, '')
    .replace(/[-‑–\s]+/g, ' ')
    .trim();
}

/** The id part of a name: "Harry S. Truman Building" → "harry-s-truman-building". */
export function slug(name: string): string {
  return nameKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** An entity's stable id: "person:marco-rubio". */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slug(name)}`;
}

/** The type an entity id was made for: "person:marco-rubio" → Person. */
export function entityIdType(id: string): EntityType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return ENTITY_TYPES.find((type) => type.toLowerCase() === prefix);
}

/** The name part of an entity id: "person:marco-rubio" → "marco-rubio". */
export function entityIdSuffix(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

/**
 * A relation's ends in the order it is stored and compared in: a symmetric relation (MET_WITH)
 * reads from the smaller id to the larger, so "A met B" and "B met A" are one relation.
 */
export function orderedEnds(type: RelationType, source: string, target: string): [string, string] {
  return SYMMETRIC_RELATION_TYPES.has(type) && target < source
    ? [target, source]
    : [source, target];
}

/** What identifies one piece of evidence: a statement in one sentence of one article. */
export interface RelationIdentity {
  type: RelationType;
  source: string;
  target: string;
  article: string;
  start: number;
  trigger: string;
}

/**
 * The sort key of a piece of evidence, in reading order within an article; two relations with
 * one key are one relation. Ends are taken as given: order them with orderedEnds first.
 */
export function relationKey(r: RelationIdentity): string {
  return [r.article, String(r.start).padStart(9, '0'), r.type, r.source, r.target, r.trigger].join(
    '\u0000',
  );
}

/**
 * The stored id of a piece of evidence (`id` on every relationship): the same statement in the
 * same sentence of the same article is one relationship, whichever run wrote it.
 */
export function relationId(r: RelationIdentity): string {
  return createHash('sha256')
    .update([r.article, r.start, r.type, r.source, r.target, r.trigger].join('\u0000'))
    .digest('hex')
    .slice(0, 24);
}

/** A statement whatever its evidence: "MET_WITH a b". What the eval's gold relations name. */
export function statementKey(r: Pick<RelationIdentity, 'type' | 'source' | 'target'>): string {
  const [a, b] = orderedEnds(r.type, r.source, r.target);
  return `${r.type} ${a} ${b}`;
}

/** One entity's mention of one article. */
export function mentionKey(m: { entity: string; article: string }): string {
  return `${m.entity}\u0000${m.article}`;
}

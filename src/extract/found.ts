import type { EntityType } from '../model/types.js';

/**
 * A name found in one sentence, before the article is read as a whole. `pending` says what the
 * article must still settle: the region a "regional" group belongs to, the government "the
 * administration" is, or the full name a bare "Witkoff" stands for.
 */
export interface Found {
  type: EntityType;
  id: string;
  name: string;
  /** As written, possessive off: "Iran", "Secretary of State Marco Rubio" → "Marco Rubio". */
  surface: string;
  /** Token span in the sentence, [from, to). */
  from: number;
  to: number;
  role?: string;
  /** Where the title starts, for a person written with one. */
  titleFrom?: number;
  /** The country or organisation written before a person's title ("Iranian Foreign Minister"). */
  affiliation?: Found;
  /** This mention only qualifies someone's title and is not an actor of its own. */
  isAffiliation?: boolean;
  /** A news outlet: the other end of REPORTED_BY. */
  outlet?: boolean;
  /** A person only because no row knew the name: may turn out an organisation (mentions.ts). */
  guessed?: boolean;
  pending?: 'region' | 'focal' | 'name';
  /** Id of the rule row that found or typed the name, for the eval's per-rule table. */
  rule?: string;
  /** A pronoun or description standing for an entity named earlier ("he", "the minister"). */
  anaphor?: boolean;
  /** A possessive determiner ("his talks"): owns a noun, is no subject or object itself. */
  determiner?: boolean;
}

import type { EntityType } from '../../model/types.js';
import type { Sex } from './first-names.js';

// Words that stand for an entity the article has named: pronouns and definite descriptions. Each
// row: the words, what the antecedent must be, and how many entities it stands for.

export interface AnaphorRow {
  id: string;
  example: string;
  reason: string;
  /** Lowercase words after "the" (descriptions) or alone (pronouns). */
  words: readonly string[];
  /** Descriptions are written after "the". */
  definite: boolean;
  type: EntityType;
  sex?: Sex;
  /** "the two leaders": the two most recent. */
  count: 1 | 2;
}

export const ANAPHORA: readonly AnaphorRow[] = [
  {
    id: 'coref-he',
    example: 'Ruto arrived on Sunday. He met Abiy Ahmed the next day.',
    reason:
      'he: the subject of an earlier sentence; him, his: the most recent person; never one known female',
    words: ['he', 'him', 'his', 'himself'],
    definite: false,
    type: 'Person',
    sex: 'male',
    count: 1,
  },
  {
    id: 'coref-she',
    example: 'Baerbock landed in Beijing. She urged China to act.',
    reason:
      'she: the subject of an earlier sentence; her, hers: the most recent person; never one known male',
    words: ['she', 'her', 'hers', 'herself'],
    definite: false,
    type: 'Person',
    sex: 'female',
    count: 1,
  },
  {
    id: 'coref-the-official',
    example: 'Haddad flew to New York. The minister met Scott Bessent.',
    reason: 'the + an office stands for the most recent person named with a role',
    words: [
      'minister',
      'president',
      'prime minister',
      'premier',
      'chancellor',
      'secretary',
      'envoy',
      'diplomat',
      'top diplomat',
      'ambassador',
      'senator',
      'governor',
      'mayor',
      'leader',
      'chairman',
      'chairwoman',
      'chief executive',
    ],
    definite: true,
    type: 'Person',
    count: 1,
  },
  {
    id: 'coref-the-two-leaders',
    example: 'Modi welcomed Albanese. The two leaders held talks.',
    reason: 'the two leaders, the two men, the two ministers: the two most recent people named',
    words: ['two leaders', 'two men', 'two women', 'two ministers', 'two presidents', 'pair'],
    definite: true,
    type: 'Person',
    count: 2,
  },
  {
    id: 'coref-the-company',
    example: 'Aramco said its profit fell. The company confirmed a deal with Sinopec.',
    reason: 'the company, the firm, the club: the most recent organisation named',
    words: [
      'company',
      'firm',
      'group',
      'club',
      'carmaker',
      'automaker',
      'airline',
      'bank',
      'lender',
      'insurer',
      'retailer',
      'miner',
      'union',
      'organisation',
      'organization',
      'agency',
    ],
    definite: true,
    type: 'Organization',
    count: 1,
  },
];

import type { EntityType } from '../../model/types.js';
import type { Sex } from './first-names.js';
import { COURT_WORDS } from './triggers.js';

// Words that stand for an entity the article has named: pronouns and definite descriptions. Each
// row: the words, what the antecedent must be, and how many entities it stands for.

// Name words that show an organisation is a workers' body, a public body or a party: "the
// company", "the club" never stand for one ("The union urged the company …").
const NOT_A_COMPANY = [
  'union',
  'unions',
  'association',
  'federation',
  'confederation',
  'congress',
  'ministry',
  'department',
  'council',
  'commission',
  'agency',
  'court',
  'party',
  'university',
];

// Verbs of saying. A subject "he"/"she" in the clause such a verb opens is its speaker ("Macron
// said after a call with Trump that he would meet Zelensky"; "Devocht, who told Montalvo he would
// help"), and a quotation's "I" and "we" are the speaker named beside it ("'We will not be
// rushed,' X said"; "X said: 'I spoke to Maduro'").
export const SAYING_VERBS: readonly string[] = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'tell',
  'added',
  'adds',
  'stated',
  'states',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'insisted',
  'insists',
  'argued',
  'argues',
  'claimed',
  'claims',
  'noted',
  'notes',
  'warned',
  'warns',
  'explained',
  'explains',
  'acknowledged',
  'admitted',
  'replied',
  'wrote',
  'writes',
  'declared',
  'promised',
  'assured',
  'recalled',
  'asserted',
];

// Possessive determiners. compromise tags "his", "her", "their" as pronouns but not "its", "our",
// "my", "your", so a capitalised "Its chief executive" opening a sentence was read as a name;
// tokens of these words carry the Pronoun tag (parse.ts), and no name starts with a pronoun.
export const POSSESSIVE_DETERMINERS: readonly string[] = [
  'its',
  'our',
  'my',
  'your',
  'his',
  'her',
  'their',
];

export interface AnaphorRow {
  id: string;
  example: string;
  reason: string;
  /** Lowercase words after "the" (descriptions) or alone (pronouns). */
  words: readonly string[];
  /** Descriptions are written after "the". */
  definite: boolean;
  /** What the antecedent may be. */
  types: readonly EntityType[];
  /** Words the antecedent's name must not hold: "the company" is no "… Association". */
  unlike?: readonly string[];
  /** Words one of which the antecedent's name must hold: "the court" is a "… Court". */
  like?: readonly string[];
  /**
   * A pronoun too common for things to follow recency ("it"): it stands only as the subject of a
   * verb, and only for the subject of one of these verbs of saying just before it ("Rio Tinto
   * said on Tuesday it had …") or, opening its sentence, for the name that opened the last one.
   */
  speech?: readonly string[];
  /**
   * Stands only inside a quotation, for the speaker named beside it ('speaker'), or for the
   * country or organisation the speaker is written with ('side').
   */
  quoted?: 'speaker' | 'side';
  /**
   * Written "the" + a country's name or demonym + the words: "the Argentine leader". Stands for
   * the most recent person written as that country's.
   */
  national?: boolean;
  sex?: Sex;
  /** "the two leaders": the two most recent; "the three": the three. */
  count: 1 | 2 | 3;
  /**
   * With too few people named, the countries the last sentence named instead: "The foreign
   * ministers of A and B held talks. The two ministers also pressed …".
   */
  orCountries?: boolean;
}

export const ANAPHORA: readonly AnaphorRow[] = [
  {
    id: 'coref-he',
    example: 'Ruto arrived on Sunday. He met Abiy Ahmed the next day.',
    reason:
      'he: the subject of an earlier sentence; him, his: the most recent person; never one known female',
    words: ['he', 'him', 'his', 'himself'],
    definite: false,
    types: ['Person'],
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
    types: ['Person'],
    sex: 'female',
    count: 1,
  },
  {
    id: 'coref-quoted-i',
    example: 'Petro said: "I spoke to Maduro last night."',
    reason:
      'I, me, my inside a quotation: the speaker named with a verb of saying beside it; nothing outside quotations',
    words: ['i', 'me', 'my'],
    definite: false,
    types: ['Person'],
    quoted: 'speaker',
    count: 1,
  },
  {
    id: 'coref-quoted-we',
    example: '"We were playing a strong team," Tunisia\'s coach Nabil Maaloul said.',
    reason:
      'we, us, our inside a quotation: the country or organisation its speaker is written with; nothing when none is',
    words: ['we', 'us', 'our'],
    definite: false,
    types: ['Person', 'Organization', 'Country'],
    quoted: 'side',
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
    types: ['Person'],
    count: 1,
  },
  {
    id: 'coref-the-national-official',
    example: 'Boric hosted Argentine President Javier Milei. The Argentine leader asked him to …',
    reason:
      'the + a demonym + an office ("the Argentine leader", "the Chinese foreign minister"): the most recent person written as that country\'s',
    words: [
      'minister',
      'foreign minister',
      'prime minister',
      'president',
      'premier',
      'chancellor',
      'leader',
      'diplomat',
      'top diplomat',
      'envoy',
      'ambassador',
      'monarch',
      'king',
      'head of state',
    ],
    definite: true,
    national: true,
    types: ['Person'],
    count: 1,
  },
  {
    id: 'coref-the-two-leaders',
    example: 'Modi welcomed Albanese. The two leaders held talks.',
    reason:
      'the two leaders, the two men, the two ministers, the two officials: the two most recent people named, else the two countries the last sentence named ("the foreign ministers of A and B")',
    words: [
      'two leaders',
      'two men',
      'two women',
      'two ministers',
      'two presidents',
      'two officials',
      'two executives',
      'pair',
      // "when the two met"
      'two',
    ],
    definite: true,
    types: ['Person'],
    count: 2,
    orCountries: true,
  },
  {
    id: 'coref-the-three-leaders',
    example: 'Lourenco met A, B and C in Luanda. Lourenco urged the three to accept a ceasefire.',
    reason:
      'the three leaders, the three men, the three ministers, the three: the three most recent people named',
    words: [
      'three leaders',
      'three men',
      'three women',
      'three ministers',
      'three presidents',
      'three officials',
      'three',
    ],
    definite: true,
    types: ['Person'],
    count: 3,
  },
  {
    id: 'coref-both-leaders',
    example: 'Ruto and Museveni signed the accord. Both leaders later met Paul Kagame.',
    reason: 'both leaders, both men: the two most recent people named',
    words: ['both leaders', 'both men', 'both women', 'both ministers', 'both presidents'],
    definite: false,
    types: ['Person'],
    count: 2,
  },
  {
    id: 'coref-the-two-countries',
    example: 'China and India held border talks. The two sides later met officials from Nepal.',
    reason:
      'the two countries, the two sides, the two governments: the two the last sentence was about',
    words: [
      'two countries',
      'two nations',
      'two governments',
      'two sides',
      'two neighbours',
      'two neighbors',
      'two allies',
    ],
    definite: true,
    types: ['Country', 'Organization'],
    count: 2,
  },
  {
    id: 'coref-both-countries',
    example: 'Serbia and Kosovo met in Brussels. Both sides rejected a proposal from the EU.',
    reason: 'both countries, both sides, both governments: the two the last sentence was about',
    words: ['both countries', 'both nations', 'both governments', 'both sides'],
    definite: false,
    types: ['Country', 'Organization'],
    count: 2,
  },
  {
    id: 'coref-the-company',
    example: 'Aramco said its profit fell. The company confirmed a deal with Sinopec.',
    reason:
      'the company, the firm, the club: the organisation the last sentence was about, else the most recent; never a union or a public body',
    words: [
      'company',
      'firm',
      'group',
      'club',
      'side',
      'carmaker',
      'automaker',
      'airline',
      'carrier',
      'bank',
      'lender',
      'insurer',
      'retailer',
      'miner',
    ],
    definite: true,
    types: ['Organization'],
    unlike: NOT_A_COMPANY,
    count: 1,
  },
  {
    id: 'coref-the-union',
    example:
      'The RMT rejected a pay offer from Network Rail. The union called on Louise Haigh to act.',
    reason:
      'the union, the organisation, the agency: the organisation the last sentence was about, else the most recent',
    words: ['union', 'organisation', 'organization', 'agency', 'federation', 'association'],
    definite: true,
    types: ['Organization'],
    count: 1,
  },
  {
    id: 'coref-the-council',
    example:
      "The Norwegian Refugee Council co-hosted the talks. He later met the council's secretary general.",
    reason:
      'the council, the committee, the bureau, the centre, the mission, the institute: the body of that kind the last sentence was about, else the most recent',
    words: ['council', 'committee', 'bureau', 'centre', 'center', 'mission', 'institute'],
    definite: true,
    types: ['Organization'],
    like: ['council', 'committee', 'bureau', 'centre', 'center', 'mission', 'institute'],
    count: 1,
  },
  {
    id: 'coref-the-court',
    example:
      "Ukraine asked the International Criminal Court to act. Russia rejected the court's authority.",
    reason: 'the court, the tribunal: the court or tribunal the article named last',
    words: COURT_WORDS,
    definite: true,
    types: ['Organization'],
    like: COURT_WORDS,
    count: 1,
  },
  {
    id: 'coref-the-regulator',
    example:
      'The Financial Conduct Authority fined two lenders. The regulator also held talks with Barclays.',
    reason:
      'the regulator, the watchdog: a public body (an authority, commission, agency, office, board) the last sentence was about, else the most recent',
    words: ['regulator', 'watchdog', 'authority', 'commission'],
    definite: true,
    types: ['Organization'],
    like: [
      'authority',
      'commission',
      'regulator',
      'agency',
      'office',
      'board',
      'bureau',
      'council',
    ],
    count: 1,
  },
  {
    id: 'coref-the-two-companies',
    example: 'Nissan and Honda held merger talks. The two carmakers later met Mitsubishi Motors.',
    reason: 'the two companies, the two clubs: the two organisations the last sentence was about',
    words: [
      'two companies',
      'two firms',
      'two groups',
      'two carmakers',
      'two automakers',
      'two airlines',
      'two banks',
      'two lenders',
      'two clubs',
      'two unions',
    ],
    definite: true,
    types: ['Organization'],
    count: 2,
  },
  {
    id: 'coref-the-unions',
    example:
      'The minister met the Nigeria Labour Congress and the Trade Union Congress. He appealed to the unions to call off the strike.',
    reason:
      'the unions, the clubs, the companies: the two organisations most recently named (a plural description with no number)',
    words: ['unions', 'clubs', 'companies', 'carmakers', 'airlines', 'banks', 'federations'],
    definite: true,
    types: ['Organization'],
    count: 2,
  },
  {
    id: 'coref-it',
    example:
      'Rio Tinto said it had agreed to buy Arcadium. It also rejected an approach from Glencore.',
    reason:
      'it as the subject of a verb, its as the owner of a noun: the organisation or country that says it ("X said it …", "X said its …"), or that opened the last sentence when it opens this one ("Its chief executive …"); never "it was clear", never in a quotation',
    words: ['it', 'its'],
    definite: false,
    types: ['Organization', 'Country'],
    speech: [
      'said',
      'says',
      'stated',
      'states',
      'added',
      'announced',
      'announces',
      'confirmed',
      'confirms',
      'warned',
      'insisted',
      'argued',
      'claimed',
      'noted',
      'acknowledged',
      'disclosed',
      'revealed',
    ],
    count: 1,
  },
];

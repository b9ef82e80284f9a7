// Collective actors: governments named by the region they belong to rather than one by one
// ("Arab leaders", "Gulf capitals", "Middle Eastern governments", "U.S. allies in the Middle
// East"). Every phrase that names the governments of one region is one Group node, so leaders,
// capitals, partners and governments of a region all point to it.

export interface Region {
  key: string;
  /** Canonical name of the Group; its id is `group:<slug of name>`. */
  name: string;
}

/** The group used when the text says "regional" but never which region. */
export const UNNAMED_REGION: Region = { key: 'regional', name: 'Regional governments' };

// Words that name a region before a collective noun ("Arab governments") or after "in the".
export const REGION_QUALIFIERS: readonly { words: string; region: Region }[] = [
  { words: 'middle eastern', region: { key: 'middle-east', name: 'Middle Eastern governments' } },
  { words: 'middle east', region: { key: 'middle-east', name: 'Middle Eastern governments' } },
  { words: 'arab', region: { key: 'middle-east', name: 'Middle Eastern governments' } },
  { words: 'gulf', region: { key: 'middle-east', name: 'Middle Eastern governments' } },
  { words: 'western', region: { key: 'west', name: 'Western governments' } },
  { words: 'european', region: { key: 'europe', name: 'European governments' } },
  { words: 'asian', region: { key: 'asia', name: 'Asian governments' } },
  { words: 'african', region: { key: 'africa', name: 'African governments' } },
  { words: 'latin american', region: { key: 'latin-america', name: 'Latin American governments' } },
  { words: 'caribbean', region: { key: 'caribbean', name: 'Caribbean governments' } },
  { words: 'pacific', region: { key: 'pacific', name: 'Pacific governments' } },
  { words: 'nordic', region: { key: 'nordic', name: 'Nordic governments' } },
  { words: 'baltic', region: { key: 'baltic', name: 'Baltic governments' } },
];

// Words that point at the region the article is about without naming it ("regional partners",
// "allied pressure", "multiple governments"). "in the region" after a head does the same.
export const CONTEXTUAL_QUALIFIERS: readonly string[] = [
  'regional',
  'allied',
  'neighbouring',
  'neighboring',
  'multiple',
  'several',
  'many',
];

// Nouns for the governments of a region taken together.
export const GROUP_HEADS: readonly string[] = [
  'governments',
  'leaders',
  'leadership',
  'countries',
  'nations',
  'states',
  'allies',
  'partners',
  'capitals',
  'actors',
  'powers',
  'neighbours',
  'neighbors',
  'monarchies',
];

// A region word used alone as the collective: "We have told the Arabs …".
export const REGION_NOUNS: readonly { word: string; region: string }[] = [
  { word: 'arabs', region: 'arab' },
  { word: 'europeans', region: 'european' },
  { word: 'africans', region: 'african' },
];

// Heads that name the group even with no qualifier at all, because they are relational
// ("out of respect for allies").
export const BARE_GROUP_HEADS: readonly string[] = ['allies'];

// Nouns of pressure a group qualifier may stand before: "regional pressure", "Arab lobbying".
export const PRESSURE_NOUNS: readonly string[] = ['pressure', 'lobbying', 'appeals', 'urging'];

// Numbers before a head that count unnamed states: "at least nine countries", "12 nations".
export const COUNT_WORDS: readonly string[] = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'dozen',
  'dozens',
];

// Capitalised names that are not Person, Country, Organization, Group or Place and are left out.

// Prefixes of ship names: "USS Abraham Lincoln" is a vessel, not the president.
export const VESSEL_PREFIXES: readonly string[] = [
  'USS',
  'HMS',
  'HMCS',
  'INS',
  'RFS',
  'MV',
  'SS',
  'RV',
];

// Nouns for a vessel written before its name: "the tanker Front Altair", "the aircraft carrier
// Charles de Gaulle".
export const VESSEL_NOUNS: readonly string[] = [
  'ship',
  'vessel',
  'tanker',
  'frigate',
  'destroyer',
  'carrier',
  'submarine',
  'cruiser',
  'freighter',
  'warship',
  'yacht',
  'ferry',
  'trawler',
];

// Capitalised words at the start of a sentence that compromise may tag as names.
export const SENTENCE_STARTERS: readonly string[] = [
  'if',
  'but',
  'and',
  'or',
  'so',
  'as',
  'to',
  'while',
];

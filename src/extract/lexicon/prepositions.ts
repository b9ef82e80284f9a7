// Prepositions that put a place, not an actor, after them: "in Muscat" is the city, while
// "Muscat has long played a role" is Oman's government. "from" is left out: "appeals from
// Tehran" come from the government.
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  'in',
  'at',
  'to',
  'into',
  'near',
  'inside',
  'outside',
  'across',
  'toward',
  'towards',
  'via',
  'within',
  'around',
  'through',
];

// Small words that join the parts of one name: "Strait of Hormuz", "Mohammed bin Salman".
export const NAME_CONNECTORS: readonly string[] = [
  'of',
  'bin',
  'al',
  'de',
  'da',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
  'des',
  'del',
  'della',
  'dello',
  'di',
  'dos',
  // "Rio Grande do Sul", "Jama'at Nusrat al-Islam wal-Muslimin", "Abdullah ibn Hussein"
  'do',
  'das',
  'wal',
  'ibn',
  'bint',
  // "Dar es Salaam", "Kafr el-Sheikh", "Ras el Hekma"
  'es',
  'el',
];

// Locative prepositions after which a name no list knows is a place ("in Nyon", "at the Palais
// des Nations"). "to" and "into" are left out: "spoke to Mehta" names a person.
export const PLACE_PREPOSITIONS: readonly string[] = [
  'in',
  // "a gas field off Darwin"
  'off',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'through',
  'around',
  'toward',
  'towards',
  'via',
  'within',
];

// Every preposition that can stand before a name. A name after one is not the subject or direct
// object of a verb ("appeals from Arab partners", "As detailed by Axios").
export const PREPOSITIONS: readonly string[] = [
  ...LOCATIVE_PREPOSITIONS,
  'with',
  'from',
  'by',
  'of',
  'on',
  'for',
  'despite',
  'about',
  'against',
  'after',
  'before',
  'over',
  'under',
  'between',
  'among',
  'without',
  'like',
];

// Prepositions that also open a clause: in "after the two presidents met" the name behind
// "after" is the subject of the verb that follows it.
export const SUBORDINATING_PREPOSITIONS: readonly string[] = ['after', 'before', 'since', 'until'];

// Words that open a new clause: an object is not looked for past them.
export const CLAUSE_OPENERS: readonly string[] = [
  'that',
  'which',
  'who',
  'whom',
  'because',
  'while',
  'if',
  'but',
  'though',
  'although',
  'whether',
  'when',
  'where',
];

// Prepositions that introduce the party a relation noun is aimed at: "pressure on Beijing",
// "appeals to the IMF", "a demand of the board".
export const NOMINAL_OBJECT_PREPOSITIONS: readonly string[] = ['on', 'to', 'against', 'of'];

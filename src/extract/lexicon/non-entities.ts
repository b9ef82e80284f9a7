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
  // question words opening a Q&A's question or headline: "Why Uzbekistan's cotton is back"
  'why',
  'how',
  'what',
  'when',
  'where',
  'who',
  'if',
  'but',
  'and',
  'or',
  'so',
  'as',
  'to',
  'while',
];

// Nouns for the members of a people, after its name: "Aymara protesters", "Mapuche communities",
// "Rohingya villagers", "Meitei and Kuki groups". An unknown name before one is a people's, which
// is no actor of its own ("Hamas fighters" and "Caricom leaders" take MEMBER_NOUNS instead).
export const PEOPLE_NOUNS: readonly string[] = [
  'protesters',
  'demonstrators',
  'communities',
  'villagers',
  'herders',
  'farmers',
  'fishermen',
  'refugees',
  'families',
  'migrants',
  'residents',
  'tribes',
  'tribesmen',
  'clans',
  'women',
  'youths',
  'children',
  'students',
  'voters',
  'pilgrims',
  'settlers',
  'civilians',
  'groups',
  'people',
  'seafarers',
  'nationals',
  'citizens',
  'investors',
  'tourists',
  'nationalists',
  'expatriates',
  'immigrants',
  'activists',
];

// Acronyms of common nouns, written in capitals like a brand's initials but naming no one:
// "lower LNG prices", "GDP grew", "a new CEO", "the IPO".
export const COMMON_ACRONYMS: readonly string[] = [
  'LNG',
  'LPG',
  'GDP',
  'GNP',
  'CPI',
  'PMI',
  'CEO',
  'CFO',
  'COO',
  'IPO',
  'ETF',
  'GMT',
  'UTC',
  'HIV',
  'AIDS',
  'VAT',
  'SUV',
  'DNA',
  'FDI',
  'NGO',
  'NGOs',
  'ICU',
  'MPs',
  'OPEC+',
  'AGM',
  'EVs',
  'RPG',
];

// Things a country's demonym describes without the country acting: "the Brazilian club", "every
// German plant", "a Chinese carmaker". Officials, ministries and armies (MEMBER_NOUNS) do act
// for it.
export const DESCRIBED_THINGS: readonly string[] = [
  'club',
  'company',
  'firm',
  'plant',
  'plants',
  'factory',
  'factories',
  'carmaker',
  'automaker',
  'chipmaker',
  'drugmaker',
  'miner',
  'airline',
  'carrier',
  'lender',
  'insurer',
  'retailer',
  'conglomerate',
  'startup',
  'brand',
  'giant',
  'champion',
  'champions',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'winger',
  'forward',
  'coach',
  'manager',
];

// Months and weekdays, which compromise may take for a name when written as a modifier: "the
// January vote", "a Sunday rally".
export const CALENDAR_WORDS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

// Events, which are no actor: the last word of a tournament's, a summit's or a festival's name
// ("the Bledisloe Cup", "East Asia Summit", "Lantern Festival", "the Olympics"), and the words
// that open a storm's or a tournament's ("Cyclone Alfred", "Typhoon Haiyan", "Copa Libertadores").
export const EVENT_HEADS: readonly string[] = [
  'cup',
  'championship',
  'championships',
  'olympics',
  'paralympics',
  'summit',
  'trophy',
  'tournament',
  'prix',
  'festival',
];

export const EVENT_OPENERS: readonly string[] = [
  'cyclone',
  'hurricane',
  'typhoon',
  'storm',
  'copa',
];

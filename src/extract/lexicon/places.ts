// Words that make a capitalised name a place: its last word ("Harry S. Truman Building", not the
// president) or its first word followed by "of" ("Strait of Hormuz").
export const PLACE_HEADS: readonly string[] = [
  'building',
  'tower',
  'palace',
  'square',
  'street',
  'avenue',
  'airport',
  'stadium',
  'arena',
  'hotel',
  'bridge',
  'sea',
  'ocean',
  'bay',
  'river',
  'island',
  'islands',
  'mountains',
  'canal',
  'park',
  'province',
  'region',
  'valley',
  'desert',
  'peninsula',
  'strip',
  // buildings and streets: "Chulalongkorn Hospital", "Lambton Quay", "Ngong Road"
  'hospital',
  'quay',
  'road',
  'boulevard',
  'highway',
];

export const PLACE_OF_HEADS: readonly string[] = [
  'strait',
  'gulf',
  'sea',
  'bay',
  'cape',
  'isle',
  'port',
];

// World regions named as places (the dataset has countries and capitals only). Matched whole.
export const REGIONS: readonly string[] = [
  'Middle East',
  'Persian Gulf',
  'Gulf',
  'Europe',
  'Asia',
  'Africa',
  'Latin America',
  'South America',
  'North America',
  'Central Asia',
  'Southeast Asia',
  'Balkans',
  'Caucasus',
  'Sahel',
  'Horn of Africa',
  'Scandinavia',
  'Indo-Pacific',
  'West Bank',
  'Gaza',
];

// Lowercase nouns written right after a name to say it is a place: "Zamfara state", "Aceh
// province", "Codelco's El Teniente mine", "Kakuma camp".
export const PLACE_NOUNS_AFTER: readonly string[] = [
  'state',
  'province',
  'region',
  'district',
  'county',
  'prefecture',
  'governorate',
  'municipality',
  'city',
  'town',
  'village',
  'township',
  'camp',
  'mine',
  // "Fonterra's Edendale plant", "its Salina Cruz refinery": a site named after its town
  'plant',
  'refinery',
  'smelter',
  'oilfield',
  'port',
  'border',
  // "Chile's Atacama desert", "the Khor Abdullah waterway", "the Fordow enrichment site", "the
  // Venus oil field", "Bolivia's Beni department" (a division written in lowercase)
  'desert',
  'waterway',
  'site',
  'field',
  'terminal',
  'valley',
  'river',
  'basin',
  'peninsula',
  'department',
  'dam',
];

// What a city owns that a government does not: "Port Vila's main hospital", "Lagos's streets",
// "Nairobi's mayor". A capital's possessive before one of them is the city, not the government.
export const CITY_FIXTURES: readonly string[] = [
  'hospital',
  'hospitals',
  'airport',
  'airports',
  'port',
  'harbour',
  'harbor',
  'streets',
  'suburbs',
  'neighbourhoods',
  'neighborhoods',
  'residents',
  'mayor',
  'stadium',
  'market',
  'markets',
  'slums',
];

// Words written right before a place's name in news of conflict and disasters: "took control of
// Maungdaw", "the outskirts of Goma", "the town of Zurmi". A person is rarely written so.
export const PLACE_CUES_BEFORE: readonly string[] = [
  // "visited Paris", "a trip to Nairobi": travel goes to places, capitals included
  'visited',
  'visit to',
  'trip to',
  'flew to',
  'travelled to',
  'travel to',
  'travelling to',
  'traveling to',
  'traveled to',
  'control of',
  'outskirts of',
  'town of',
  'city of',
  'village of',
  'capture of',
  'siege of',
  'residents of',
  // "stranded on Lombok": an island after "on" (and see the row on-island)
  'living on',
  'stranded on',
  'landed on',
  'island of',
  'north of',
  'south of',
  'east of',
  'west of',
  'northeast of',
  'northwest of',
  'southeast of',
  'southwest of',
];

// Words for a direction or part that open the name of a region, not of an organisation:
// "Western Australia", "Northern Ireland", "South Sudan", "New Caledonia".
export const DIRECTION_WORDS: readonly string[] = [
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'new',
  'greater',
];

// Nouns for travel between places: a capital after one of them and "between", "from" or "to"
// is the city, not its government ("ferry services between Suva and Levuka", "sailings from
// Manila", "flights to Port Moresby").
export const TRAVEL_NOUNS: readonly string[] = [
  'flights',
  'flight',
  'ferry',
  'ferries',
  'sailings',
  'services',
  'trains',
  'train',
  'buses',
  'road',
  'highway',
  'route',
  'routes',
  'roads',
  'evacuation',
  'travel',
  'traffic',
  // "on his return from London", "sent boats from Trinidad", "left Muscat for Tehran"
  'return',
  'returned',
  'boats',
  'left',
  'leaving',
  'departed',
];

// Verbs of leaving a place, right before its name: "left Muscat for Tehran", "fled Kabul". A
// government is not left so.
export const DEPARTURE_VERBS: readonly string[] = ['left', 'leaving', 'leaves', 'departed', 'fled'];

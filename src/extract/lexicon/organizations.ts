// Organisations named often enough in news to know by name, because compromise tags few of them:
// news outlets (the sources of REPORTED_BY), and government and international bodies.
// An outlet not listed here is still found by its context (see OUTLET_NOUNS).
export const NEWS_OUTLETS: readonly string[] = [
  'Associated Press',
  'AP',
  'Reuters',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'Axios',
  'Politico',
  'CNN',
  'BBC',
  'Al Jazeera',
  'Al Arabiya',
  'The New York Times',
  'New York Times',
  'The Washington Post',
  'Washington Post',
  'The Wall Street Journal',
  'Wall Street Journal',
  'Financial Times',
  'The Guardian',
  'Guardian',
  'The Economist',
  'Economist',
  'Fox News',
  'NBC News',
  'CBS News',
  'ABC News',
  'NPR',
  'Xinhua',
  'TASS',
  'Kyodo',
  'IRNA',
  'Tasnim',
  'Haaretz',
  'The Times of Israel',
  'Times of Israel',
  'Kyodo News',
  'Yonhap',
  'Anadolu',
  'Le Figaro',
  'El Mundo',
  'Der Spiegel',
  'Die Welt',
  'La Repubblica',
  'Corriere della Sera',
];

/** A body by its canonical name (the node's name), with the other names it goes by. */
export interface Body {
  name: string;
  aliases?: readonly string[];
}

// Government and international bodies. A body known in English news chiefly by its acronym is
// named by it, the spelled-out name an alias, so "the European Union" and "the EU" are one node.
export const GOVERNMENT_BODIES: readonly Body[] = [
  { name: 'White House' },
  { name: 'State Department' },
  { name: 'Pentagon' },
  { name: 'Kremlin' },
  { name: 'Congress' },
  { name: 'Senate' },
  { name: 'House of Representatives' },
  { name: 'Downing Street' },
  { name: 'Élysée' },
  { name: 'Federal Reserve', aliases: ['Fed'] },
  { name: 'European Commission' },
  { name: 'EU', aliases: ['European Union'] },
  { name: 'UN', aliases: ['United Nations'] },
  { name: 'NATO' },
  { name: 'WTO', aliases: ['World Trade Organization'] },
  { name: 'IMF', aliases: ['International Monetary Fund'] },
  { name: 'World Bank' },
  { name: 'WHO', aliases: ['World Health Organization', 'World Health Organisation'] },
  { name: 'UNICEF' },
  { name: 'Security Council' },
  { name: 'African Union' },
  { name: 'Arab League' },
  { name: 'ASEAN' },
  { name: 'OPEC' },
  { name: 'G7' },
  { name: 'G20' },
  { name: 'FIFA' },
  { name: 'UEFA' },
  { name: 'IOC', aliases: ['International Olympic Committee'] },
];

// Nouns that introduce a news outlet by its name: "Israeli outlet N12", "broadcaster NRK".
export const OUTLET_NOUNS: readonly string[] = [
  'outlet',
  'newspaper',
  'daily',
  'broadcaster',
  'channel',
  'network',
  'agency',
  'news agency',
  'website',
  'magazine',
  'tabloid',
  'wire service',
];

// Last words that make a capitalised name an organisation: "Daily Caller News Foundation".
export const ORGANIZATION_HEADS: readonly string[] = [
  'foundation',
  'department',
  'ministry',
  'agency',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'plc',
  'company',
  'bank',
  'university',
  'council',
  'committee',
  'commission',
  'party',
  'association',
  'federation',
  'union',
  'institute',
  'league',
  'club',
  'fc',
  // football clubs: "Boca Juniors", "Blackburn Rovers", "Wanderers", "Leeds United"
  'juniors',
  'rovers',
  'wanderers',
  'athletic',
  'albion',
  'hotspur',
  'rangers',
  'united',
  'airlines',
  'group',
  'reserve',
  'court',
  'parliament',
  'assembly',
  'army',
  'guard',
  'news',
  'times',
  'post',
  // company names: "Nippon Steel", "Tata Motors", "Elliott Management", "Thames Water"
  'industries',
  'motors',
  'steel',
  'water',
  'energy',
  'energies',
  'oil',
  'petroleum',
  'airways',
  'retail',
  'holdings',
  'capital',
  'partners',
  'management',
  'technologies',
  'pharmaceuticals',
  'electric',
  'electronics',
  'telecom',
  'mining',
  'resources',
  'media',
  'studios',
  'entertainment',
  'insurance',
  'securities',
  'ventures',
  'labs',
  'center',
  'centre',
  'authority',
  'office',
  'forces',
  // bodies, schools, societies, papers: "Irving Independent School District", "Doctor Who
  // Society of Canada", "New Zealand Herald", "Southern African Development Community"
  'community',
  'district',
  'society',
  'museum',
  'school',
  'college',
  'academy',
  'church',
  'herald',
  'journal',
  'gazette',
  'tribune',
  'democrats',
  'republicans',
  'alliance',
  'coalition',
  'movement',
  'network',
  'service',
  'police',
  'navy',
  // "Pacific Islands Forum Secretariat", "Johannesburg Stock Exchange", "Jollibee Foods"
  'secretariat',
  'programme',
  'forum',
  'exchange',
  'foods',
  // "National Liberation Front", "Adhunik Metals", "Sony Pictures"
  'front',
  'metals',
  'pictures',
  // "General Directorate of Migration", "Catholic Bishops' Conference of …", "… Philharmonic
  // Orchestra"
  'directorate',
  'conference',
  'orchestra',
  // "Peace Corps", "Islamic Revolutionary Guard Corps", "Africa Corps"
  'corps',
  // company names: "Getty Images", "Cisco Systems", "Vodafone Communications"
  'images',
  'systems',
  'solutions',
  'communications',
  'telecommunications',
  'logistics',
  'networks',
  'brands',
];

// Nouns that head an organisation's name and let it run on past "for", "on", "and" and a list
// closed by "and": "Department for Environment, Food and Rural Affairs", "Commission on Human
// Rights and Administrative Justice", "Citizens Coalition for Change". Outside such a name those
// words end a name ("Ruto and Museveni").
export const ORGANIZATION_NAME_HEADS: readonly string[] = [
  'secretariat',
  'directorate',
  'conference',
  'department',
  'ministry',
  'commission',
  'committee',
  'council',
  'coalition',
  'association',
  'federation',
  'union',
  'community',
  'organisation',
  'organization',
  'office',
  'institute',
  'agency',
  'authority',
  'movement',
  'alliance',
  'front',
  'party',
  'league',
  'society',
  'board',
  'bureau',
  'tribunal',
  'foundation',
  'fund',
  'network',
  'centre',
  'center',
  // "Museum of Anthropology and Natural History of Oaxaca"
  'museum',
];

// Possessives of plural nouns for people that stay inside a name: "National People's Power",
// "Transport Workers' Union", "Women's Rights Network". Any other possessive ends the name
// ("Nigeria's President", "Apple's Chief Executive").
export const NAME_POSSESSIVES: readonly string[] = [
  'people',
  'peoples',
  'workers',
  'women',
  'children',
  'farmers',
  'teachers',
  'nurses',
  'doctors',
  'veterans',
  'citizens',
  'consumers',
  'journalists',
  'lawyers',
  'pilots',
  'miners',
  // "Catholic Bishops' Conference", "Employers' Federation"
  'bishops',
  'employers',
  'students',
  'parents',
];

// First words that make a name with "of" an organisation: "Bank of Japan", "Court of Appeal".
export const ORGANIZATION_OF_HEADS: readonly string[] = [
  'secretariat',
  'directorate',
  'conference',
  'bank',
  'court',
  'university',
  'ministry',
  'department',
  'council',
  'league',
  'federation',
  'association',
  'union',
  'church',
  'office',
  'house',
  'museum',
  'society',
  'institute',
  'school',
  'college',
  'academy',
];

// Common nouns written right before a name to say what kind of organisation it is ("automaker
// Nissan"), or after it in apposition ("Rivian, the American electric-vehicle maker").
export const ORGANIZATION_NOUNS: readonly string[] = [
  'company',
  'companies',
  'firm',
  'group',
  'maker',
  'automaker',
  'carmaker',
  'chipmaker',
  'drugmaker',
  'manufacturer',
  'producer',
  'retailer',
  'lender',
  'bank',
  'insurer',
  'airline',
  'carrier',
  'conglomerate',
  'giant',
  'startup',
  'start-up',
  'operator',
  'miner',
  'club',
  'side',
  'team',
  'charity',
  'organisation',
  'organization',
  'union',
  'party',
  // "consultancy Kearney", "the bloc Mercosur", "the regulator Ofgem", "militia group …"
  'consultancy',
  'bloc',
  'regulator',
  'watchdog',
  'militia',
  // "Instituto Gonzaga, a catholic school in Milan"
  'school',
  'university',
  // "Eskom, the state power utility", "X, a studio in Lagos", "shipbuilder Hanwha Ocean"
  'utility',
  'studio',
  'publisher',
  'broadcaster',
  'shipbuilder',
  // "Talco, Tajikistan's largest aluminium smelter", "Saf-Cacao, a local exporter", "from rivals
  // Asante Kotoko", "The fintech, which is backed by …" ("rival" and "trader" alone are also a
  // person's: "his rival Raila Odinga")
  'smelter',
  // "the Cotton Campaign, a coalition of unions and rights groups"
  'coalition',
  'refiner',
  'exporter',
  'importer',
  'fintech',
  'rivals',
];

// Nouns for the people or parts an organisation or country acts through: "Toyota executives",
// "Manchester City's owners", "Egypt's foreign ministry", "officials from Ecuador". An actor
// written with one of them acts itself, and an unknown name before one is an organisation
// ("a Hamas official").
export const MEMBER_NOUNS: readonly string[] = [
  'official',
  'officials',
  'counterpart',
  'counterparts',
  'executive',
  'executives',
  'negotiator',
  'negotiators',
  'diplomat',
  'diplomats',
  'minister',
  'ministers',
  'delegation',
  'delegations',
  'delegate',
  'delegates',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'representatives',
  'lawyers',
  'owner',
  'owners',
  'ministry',
  // "consultations between the foreign ministries of Kazakhstan and Uzbekistan"
  'ministries',
  'government',
  'governments',
  'envoys',
  'mediators',
  'authorities',
  'board',
  'rebels',
  'fighters',
  'militants',
  'leadership',
  // "Kaizer Chiefs coach Nasreddine Nabi", "Codelco workers", "Embraer shareholders"
  'coach',
  'players',
  'workers',
  'employees',
  'staff',
  'shareholders',
  // "Te Pāti Māori co-leader Rawiri Waititi", "the party's chairman"
  'co-leader',
  'co-leaders',
  'chairman',
  'chairwoman',
  'chairperson',
  // "Caricom leaders will meet", "Hamas members"
  'leader',
  'leaders',
  'members',
  // "held talks with the presidents of Somalia, Djibouti and Kenya", "Red Star Belgrade president …"
  'president',
  'presidents',
  'premiers',
  'heads',
];

// Definite articles of other languages that open the name of a newspaper or broadcaster: "Le
// Monde", "El País", "Al Jazeera", "Die Welt". Places that start with one ("Los Angeles", "La
// Paz") are known to compromise or the country data, whose rows come first.
export const FOREIGN_ARTICLES: readonly string[] = [
  'le',
  'la',
  'les',
  'el',
  'il',
  'al',
  'die',
  'der',
  'het',
];

// Verbs whose bare subject is a news outlet: "Nikkei reported that …".
export const OUTLET_VERBS: readonly string[] = ['reported', 'reports', 'reporting'];

// Nouns for a holding in something: "shares in Sasol", "a stake in Air New Zealand" put an
// organisation, not a place, after "in".
export const STAKE_NOUNS: readonly string[] = [
  'share',
  'shares',
  'stake',
  'stakes',
  'holding',
  'holdings',
  'investment',
  'investments',
  'interest',
  'trading',
];

// What a name is an organisation's by, in its own article, when no list knows it: the words
// right after it ("Nidec shares jumped", "Safaricom said in a statement") or right before it
// ("shares of MercadoLibre", "Leaders of Mercosur", "fighters from Al-Shabaab"). A person's
// name takes none of these. Phrases are lowercase words, matched in order.
export const ORGANIZATION_CUES_AFTER: readonly string[] = [
  'shares',
  'stock',
  'said in a statement',
  'said in a filing',
  'said in an exchange filing',
  'said in a stock exchange filing',
  'is listed',
  'claimed responsibility',
  // "Ansarul Islam claimed an attack on …": what an armed group claims
  'claimed an attack',
  'claimed the attack',
  'claimed an ambush',
  'claimed the ambush',
  'claimed the bombing',
  'claimed the killing',
  'claimed the killings',
  // "Tesla chief executive Elon Musk"
  'chief executive',
  'chief financial officer',
  'ceo',
  // "Wikinews has learned that …": a newsroom
  'has learned',
  'has learnt',
];

export const ORGANIZATION_CUES_BEFORE: readonly string[] = [
  // "Analysts at Itaú Unibanco", "a match against Alianza Lima"
  'analysts at',
  'an analyst at',
  'economist at',
  'economists at',
  'strategists at',
  'researchers at',
  'match against',
  'game against',
  'final against',
  'shares of',
  'shares in',
  'members of',
  'leaders of',
  'fighters of',
  'fighters from',
  'militants of',
  'militants from',
  'employees of',
  'subsidiary of',
  'unit of',
  'chief executive of',
  'listed on',
  // "agreed to buy Arcadium Lithium": what is bought with a capital is a company
  'to buy',
  'to acquire',
  'takeover of',
  'merger with',
  'bid for',
  // "the latest pay offer from Qantas", "a bid from Paris Saint-Germain"
  'pay offer from',
  'bid from',
];

// What an organisation owns and a person does not: "Codelco's El Teniente mine", "Ecopetrol's
// board", "Sibanye-Stillwater's gold operations". An unknown name that owns one is an
// organisation ("Trump's unusual claim" stays a person's).
export const CORPORATE_POSSESSIONS: readonly string[] = [
  'board',
  'shares',
  'stock',
  'output',
  'profit',
  'profits',
  'revenue',
  'revenues',
  'sales',
  'earnings',
  'dividend',
  'mine',
  'mines',
  'plant',
  'plants',
  'refinery',
  'smelter',
  'factory',
  'factories',
  'subsidiary',
  'subsidiaries',
  'operations',
  'headquarters',
  'fleet',
  'brand',
  'customers',
  'shareholders',
  'workforce',
  'stores',
  'flights',
  'routes',
  'pipeline',
  'oilfield',
  'secretariat',
  'fighters',
  'militants',
  'ceo',
];

// Words after which "with X" names a party to talks or a deal, never a location: "held talks with
// Benfica", "had spoken with Porto", "signed a deal with Santos". A town written so is a club or
// a company of its name.
export const PARTY_WITH_WORDS: readonly string[] = [
  'talks',
  'spoke',
  'spoken',
  'met',
  'meeting',
  'negotiations',
  'deal',
  'agreement',
  'contract',
  'partnership',
];

// Verbs of a match result, with a score nearby: "Flamengo beat Palmeiras 2-1", "drew 1-1 with
// Boca Juniors". The sides of a result are teams (a country's side is the country, whose row
// comes first), never people.
export const RESULT_VERBS: readonly string[] = [
  'beat',
  'beats',
  'defeated',
  'defeats',
  'thrashed',
  'edged',
  'routed',
  'stunned',
  'drew',
  'draw',
  'lost',
  'overcame',
  'downed',
  'hammered',
];

// Nouns of a match result with the score before them: "a 2-1 defeat to River Plate", "a 3-0 win
// over Boca", "a 1-1 draw with Peñarol". The side after them is a team.
export const RESULT_NOUNS: readonly string[] = ['defeat', 'win', 'victory', 'loss', 'draw'];

// Verbs of a price move: "Grupo Bimbo gained 2%", "Embraer slipped 3 percent". What moves by a
// percentage in business copy is a listed company or an index, never a person.
export const PRICE_MOVES: readonly string[] = [
  'rose',
  'fell',
  'gained',
  'slipped',
  'jumped',
  'dropped',
  'climbed',
  'tumbled',
  'slumped',
  'added',
  'lost',
  'advanced',
  'declined',
  'surged',
  'plunged',
  'sank',
  'eased',
  'edged',
  'soared',
  'slid',
];

// First words that make a longer name an organisation's, in English news and the languages it
// borrows company and club names from: "Air Niugini", "Grupo Bimbo", "Banco Santander", "PT
// Pertamina", "Real Madrid", "Sporting Lisbon", "Olympique Lyonnais", "Dynamo Kyiv".
export const ORGANIZATION_OPENERS: readonly string[] = [
  'air',
  'grupo',
  'groupe',
  'gruppo',
  'banco',
  'banque',
  'compañía',
  'companhia',
  'empresa',
  'pt',
  'real',
  'atlético',
  'atletico',
  'deportivo',
  'sporting',
  'olympique',
  'dynamo',
  'dinamo',
  'racing',
  // museums, institutes, universities and foundations in French, Spanish, Portuguese, Italian:
  // "Musée du Quai Branly", "Instituto Butantan", "Universidad de Chile"
  'musée',
  'museo',
  'museu',
  'institut',
  'instituto',
  'istituto',
  'université',
  'universidad',
  'universidade',
  'università',
  'fundación',
  'fundação',
  'fondation',
  'fondazione',
];

// Units a table of results counts in after a team's or a party's name: "Kaizer Chiefs 9 pts".
export const STANDINGS_UNITS: readonly string[] = ['pts', 'pt', 'points', 'seats', 'seat'];

import type { RelationType } from '../../model/types.js';

// Words that state a relation, and how to find its two ends around them. For each trigger word
// the rows are tried in order, and in a row its frames in order; the first that finds both ends
// wins. A new way of saying a relation is a new row.
//
// Frames (see relations/frames.ts):
//   object       subject before the trigger, object after it, directly or after `objectPreps`
//   coordinated  "X and Y … meet": the coordinated subjects with each other (symmetric only)
//   between      "talks between X and Y"
//   compound     "U.S.-Iran talks"
//   possessive   "Lula's meeting with Xi", "his talks with Xi"
//   passive      "X was pressured by Y"
//   nominal      "appeals from X [to Y]", "regional pressure"
//   claim        subject before, what is confirmed/rejected/demanded after; its target is the
//                first actor named in that claim

export type FrameName =
  | 'object'
  | 'coordinated'
  | 'between'
  | 'compound'
  | 'possessive'
  | 'passive'
  | 'nominal'
  | 'claim';

export interface TriggerRow {
  /** Names the row, as the eval and a reader refer to it. */
  id: string;
  /** Text the row is for. */
  example: string;
  /** Word forms as written, lowercase. */
  match: readonly string[];
  /**
   * For a form that is both noun and verb: the word class it must be read as. compromise tags
   * some verbs as adjectives ("had earlier rejected"), so this only rules out the other class.
   */
  pos?: 'Verb' | 'Noun';
  type: RelationType;
  frames: readonly FrameName[];
  /**
   * A phrasal verb's particle, one of which must follow the trigger word; the frames then read
   * from it: "called on China", "turned down Egypt's offer", "paid courtesy calls on".
   */
  particle?: readonly string[];
  /** Words that, right before the trigger, make it another phrase: "a courtesy call on". */
  notAfter?: readonly string[];
  /** Words that, right after the trigger, make it another sense: "an appeal against the ban". */
  notBefore?: readonly string[];
  /** How the object may be introduced: '' directly ("met X"), or a preposition ("met with X"). */
  objectPreps?: readonly string[];
  /** The object must be followed by "to" and a verb: "asked the administration to keep". */
  infinitive?: boolean;
  /** The object must be a news outlet: "told Axios". */
  outlet?: boolean;
  /** With no object in the sentence, aim at the implicit target (relations/implicit.ts). */
  implicit?: boolean;
  /** Keep what follows the trigger as the relation's claim. */
  claim?: boolean;
  /**
   * A visit, not a request: the object is a person and nothing after it asks them to act (no
   * "to" or "for" follows in the sentence): "called on the president at his office".
   */
  visit?: boolean;
  /** Not when the object is a court or tribunal: "would appeal to the Competition Appeal Court". */
  notCourt?: boolean;
  /** The frame's agent is the target: in "an official quoted by Reuters" the official is the source. */
  reverse?: boolean;
  cameo: string;
  reason: string;
}

// Name words of a court: an appeal to one is a legal step ("would appeal to the Competition
// Appeal Court"), and "the court" stands for one.
export const COURT_WORDS: readonly string[] = ['court', 'tribunal'];

export const TRIGGERS: readonly TriggerRow[] = [
  {
    id: 'reported-interview',
    example: 'Amin Nasser said in an interview with Bloomberg that …',
    match: ['interview', 'interviews'],
    type: 'REPORTED_BY',
    frames: ['object'],
    objectPreps: ['with'],
    outlet: true,
    cameo: '010',
    reason: 'speaking in an interview with a news outlet',
  },
  {
    id: 'reported-told',
    example: 'two American officials told Axios; One U.S. official told Axios that Arab leaders …',
    match: ['told', 'tells', 'tell', 'telling'],
    type: 'REPORTED_BY',
    frames: ['object'],
    objectPreps: [''],
    outlet: true,
    cameo: '010',
    reason: 'a speaker telling a news outlet is reported by it',
  },
  {
    id: 'reported-quoted',
    example: 'a U.S. official quoted by Reuters',
    match: ['quoted'],
    type: 'REPORTED_BY',
    frames: ['passive'],
    outlet: true,
    reverse: true,
    cameo: '010',
    reason: 'quoted by an outlet',
  },
  {
    id: 'met',
    example:
      'Witkoff and Jared Kushner are expected to meet Qatari leadership; Washington and Tehran had agreed to meet; Rubio met with Wang Yi',
    match: ['meet', 'meets', 'met', 'meeting'],
    pos: 'Verb',
    type: 'MET_WITH',
    frames: ['object', 'passive', 'coordinated'],
    objectPreps: ['', 'with'],
    cameo: '040',
    reason: 'meeting someone',
  },
  {
    id: 'consulted',
    example:
      'Witkoff has been consulting closely with regional partners; Tai negotiated with Nishimura',
    match: [
      'consult',
      'consults',
      'consulted',
      'consulting',
      'negotiate',
      'negotiates',
      'negotiated',
      'negotiating',
    ],
    pos: 'Verb',
    type: 'MET_WITH',
    frames: ['object', 'coordinated'],
    objectPreps: ['', 'with'],
    cameo: '040',
    reason: 'consulting or negotiating with someone',
  },
  {
    id: 'conferred',
    example:
      'Ruto conferred with Xi; the minister exchanged views with his Qatari counterpart; Lula sat down with Biden',
    match: ['conferred', 'confers', 'confer', 'conferring'],
    pos: 'Verb',
    type: 'MET_WITH',
    frames: ['object', 'coordinated'],
    objectPreps: ['with'],
    cameo: '040',
    reason: 'conferring with someone is consulting them',
  },
  {
    id: 'sat-down-with',
    example: 'Lula sat down with Biden on the sidelines of the summit',
    match: ['sat', 'sits', 'sit', 'sitting'],
    particle: ['down'],
    type: 'MET_WITH',
    frames: ['object'],
    objectPreps: ['with'],
    cameo: '040',
    reason: 'sitting down with someone is meeting them',
  },
  {
    id: 'exchanged-views',
    example: 'Jaishankar exchanged views with his Dutch counterpart',
    match: ['exchanged', 'exchanges', 'exchange', 'exchanging'],
    particle: ['views', 'ideas', 'notes'],
    type: 'MET_WITH',
    frames: ['object'],
    objectPreps: ['with'],
    cameo: '040',
    reason: 'exchanging views with someone is a consultation',
  },
  {
    id: 'discussed-with',
    example:
      'Ruto discussed trade with Xi; the two leaders discussed the railway; Kenya and Uganda discussed the pipeline',
    match: ['discussed', 'discusses', 'discuss', 'discussing'],
    pos: 'Verb',
    type: 'MET_WITH',
    frames: ['object', 'coordinated'],
    objectPreps: ['with'],
    cameo: '040',
    reason:
      'discussing something with someone, or two parties discussing it, is a consultation (a direct object is only the topic)',
  },
  {
    id: 'phoned',
    example: 'Macron telephoned Zelensky on Monday; Modi phoned Putin',
    match: ['telephoned', 'telephones', 'telephone', 'phoned', 'phones'],
    pos: 'Verb',
    type: 'MET_WITH',
    frames: ['object'],
    objectPreps: ['', 'with'],
    cameo: '040',
    reason: 'telephoning someone is a consultation, as speaking with them by phone is',
  },
  {
    id: 'hosted',
    example:
      'Mohammed bin Salman received Recep Tayyip Erdoğan; Lula hosted Emmanuel Macron in Belém; Macron will host Modi; Lula was received by Xi Jinping',
    match: ['received', 'receives', 'receive', 'hosted', 'hosts', 'host', 'hosting'],
    pos: 'Verb',
    type: 'MET_WITH',
    frames: ['object', 'passive'],
    objectPreps: [''],
    cameo: '040',
    reason: 'receiving or hosting someone is meeting them',
  },
  {
    id: 'courtesy-call',
    example:
      'Lim Chee Wei paid a courtesy call on President Prabowo Subianto; paid courtesy calls on the president and the speaker',
    match: ['courtesy'],
    particle: ['call', 'calls'],
    type: 'MET_WITH',
    frames: ['object'],
    objectPreps: ['on'],
    cameo: '040',
    reason: 'a courtesy call on someone is a visit',
  },
  {
    id: 'handshake',
    example: 'von der Leyen shakes hands with Shigeru Ishiba',
    match: ['shakes', 'shook', 'shake', 'shaking'],
    particle: ['hands'],
    type: 'MET_WITH',
    frames: ['object'],
    objectPreps: ['with'],
    cameo: '040',
    reason: 'shaking hands with someone is meeting them',
  },
  {
    id: 'spoke-with',
    example:
      'Scholz said he spoke with Xi by phone; the two ministers talked on Tuesday; Erdogan and Putin spoke by phone',
    match: ['spoke', 'speaks', 'spoken', 'talked'],
    pos: 'Verb',
    type: 'MET_WITH',
    frames: ['object', 'coordinated'],
    objectPreps: ['with', 'to'],
    cameo: '040',
    reason: 'speaking with someone, in person or by phone, is a consultation',
  },
  {
    id: 'talks',
    example:
      "talks between the United States and Iran; direct U.S.-Iran talks; talks with Tehran; the U.S. and Iran both indicated that the talks would go ahead; Lula's talks with Xi",
    match: ['talks', 'negotiations', 'discussions'],
    type: 'MET_WITH',
    frames: ['compound', 'between', 'possessive', 'object', 'coordinated'],
    objectPreps: ['with'],
    cameo: '046',
    reason: 'talks are a meeting to negotiate',
  },
  {
    id: 'meeting-noun',
    example:
      'meetings in Israel with Prime Minister Benjamin Netanyahu; a summit between the two leaders',
    match: ['meeting', 'meetings', 'summit', 'consultations'],
    type: 'MET_WITH',
    frames: ['compound', 'between', 'possessive', 'object', 'coordinated'],
    objectPreps: ['with'],
    cameo: '040',
    reason: 'a meeting with someone',
  },
  {
    id: 'call-noun',
    example:
      'Erdogan held a phone call with Putin; a video call between Modi and Albanese; their conversation with Xi',
    match: ['call', 'calls', 'conversation', 'conversations', 'videoconference'],
    pos: 'Noun',
    type: 'MET_WITH',
    frames: ['between', 'possessive', 'object'],
    objectPreps: ['with'],
    cameo: '040',
    reason: 'a call or conversation with someone is a consultation, as speaking with them is',
  },
  {
    id: 'call-for-noun',
    example:
      "Germany's call for Israel to allow more aid; the union's calls for the board to resign",
    match: ['call', 'calls'],
    pos: 'Noun',
    type: 'PRESSURED',
    frames: ['nominal'],
    objectPreps: ['for'],
    infinitive: true,
    cameo: '020',
    reason: "someone's call for another to act, as calling on them is",
  },
  {
    id: 'pressure-noun',
    example:
      'urgent appeals from U.S. allies; Regional pressure reopened …; intense regional lobbying; allied pressure. Tried before the verbs: a gerund like "lobbying" is often tagged a verb.',
    match: ['pressure', 'pressures', 'lobbying', 'appeals', 'appeal', 'urging'],
    notBefore: ['against'],
    type: 'PRESSURED',
    frames: ['nominal'],
    implicit: true,
    cameo: '020',
    reason: 'pressure or appeals from someone, named or as an adjective',
  },
  {
    id: 'pressed',
    example:
      'Multiple Middle Eastern governments privately pressured the Trump administration; urging the administration to proceed; X was pressured by Y; contacted the White House to urge that …',
    match: [
      'pressured',
      'pressuring',
      'pressure',
      'pressures',
      'pressed',
      'pressing',
      'presses',
      'press',
      'lobbied',
      'lobbying',
      'lobby',
      'lobbies',
      'urged',
      'urging',
      'urge',
      'urges',
    ],
    pos: 'Verb',
    type: 'PRESSURED',
    frames: ['passive', 'object'],
    objectPreps: [''],
    implicit: true,
    cameo: '020',
    reason: 'pressing someone, actively or in the passive',
  },
  {
    id: 'asked-to',
    example: 'Arab leaders explicitly asked the administration to keep the meeting',
    match: ['asked', 'asks', 'ask', 'asking', 'told', 'tells', 'tell', 'telling'],
    pos: 'Verb',
    type: 'PRESSURED',
    frames: ['passive', 'object'],
    objectPreps: [''],
    infinitive: true,
    cameo: '020',
    reason: 'asking or telling someone to do something',
  },
  {
    id: 'called-on-visit',
    example:
      'The new ambassador called on President Ram Chandra Poudel at his office (no "to" after: a courtesy call)',
    match: ['called', 'calls', 'call', 'calling'],
    pos: 'Verb',
    particle: ['on'],
    notAfter: ['courtesy'],
    type: 'MET_WITH',
    frames: ['object'],
    objectPreps: ['on'],
    visit: true,
    cameo: '040',
    reason:
      'in South Asian and diplomatic usage, calling on a person with no request after it is a courtesy visit',
  },
  {
    id: 'called-on',
    example: 'The Philippines called on China to stop … (a verb: "a courtesy call on" is a visit)',
    match: ['called', 'calls', 'call', 'calling'],
    pos: 'Verb',
    particle: ['on'],
    notAfter: ['courtesy'],
    type: 'PRESSURED',
    frames: ['object'],
    objectPreps: ['on'],
    cameo: '020',
    reason: 'calling on someone to act',
  },
  {
    id: 'appealed-to',
    example: 'the allies appealed to Washington',
    match: ['appealed', 'appeal', 'appeals', 'appealing'],
    pos: 'Verb',
    type: 'PRESSURED',
    frames: ['object'],
    objectPreps: ['to'],
    notCourt: true,
    cameo: '020',
    reason: 'appealing to someone (an appeal to a court or tribunal is a legal step, not pressure)',
  },
  {
    id: 'demanded-of',
    example: 'the union demanded of the board that …',
    match: ['demanded', 'demands', 'demand', 'demanding'],
    pos: 'Verb',
    type: 'PRESSURED',
    frames: ['object'],
    objectPreps: ['of'],
    cameo: '100',
    reason: 'demanding of someone',
  },
  {
    id: 'demand-noun',
    example: 'a last-minute demand from Iran to move and reshape scheduled diplomatic talks',
    match: ['demand', 'demands'],
    pos: 'Noun',
    type: 'DEMANDED',
    frames: ['nominal'],
    implicit: true,
    claim: true,
    cameo: '100',
    reason: 'a demand from someone',
  },
  {
    id: 'demanded',
    example:
      'Iran demanded to shift the venue to Oman; Iran later insisted that the talks be moved',
    match: ['demanded', 'demands', 'demand', 'demanding', 'insisted', 'insists', 'insist'],
    pos: 'Verb',
    type: 'DEMANDED',
    frames: ['claim'],
    implicit: true,
    claim: true,
    cameo: '100',
    reason: 'demanding or insisting on something',
  },
  {
    id: 'confirmed',
    example:
      'Araghchi confirmed on X that talks with the U.S. are scheduled for 10 am on Friday in Oman',
    match: [
      'confirmed',
      'confirms',
      'confirm',
      'confirming',
      'acknowledged',
      'acknowledges',
      'verified',
    ],
    pos: 'Verb',
    type: 'CONFIRMED',
    frames: ['claim'],
    claim: true,
    cameo: '010',
    reason: 'confirming a claim about someone',
  },
  {
    id: 'rejected',
    example:
      "U.S. officials had earlier rejected Iran's proposal; Iran had rejected the administration's terms",
    match: [
      'rejected',
      'rejects',
      'reject',
      'rejecting',
      'rebuffed',
      'rebuffs',
      'dismissed',
      'dismisses',
    ],
    pos: 'Verb',
    type: 'REJECTED',
    frames: ['claim'],
    claim: true,
    cameo: '120',
    reason: "rejecting someone's proposal, demand or terms",
  },
  {
    id: 'turned-down',
    example: "Israel turned down Egypt's offer to host a new round of talks",
    match: ['turned', 'turns', 'turn', 'turning'],
    particle: ['down'],
    type: 'REJECTED',
    frames: ['claim'],
    claim: true,
    cameo: '120',
    reason: 'turning down an offer or request',
  },
  {
    id: 'rejection-noun',
    example: "Unite's rejection of British Airways' pay offer; Hanoi's refusal of Beijing's terms",
    match: ['rejection', 'rejections', 'refusal'],
    pos: 'Noun',
    type: 'REJECTED',
    frames: ['nominal'],
    objectPreps: ['of'],
    cameo: '120',
    reason: "someone's rejection of another's offer, demand or terms, as rejecting it is",
  },
];

// Light verbs whose subject is the source of the relation noun they take: "Washington piled
// pressure on Beijing", "the EU stepped up pressure on Hungary", "Iran made a last-minute demand".
// Only these: the subject of "rejected demands to resign" made no demand.
export const SUPPORT_VERBS: readonly string[] = [
  'put',
  'puts',
  'putting',
  'piled',
  'piles',
  'pile',
  'piling',
  'heaped',
  'heaps',
  'stepped',
  'steps',
  'step',
  'stepping',
  'ramped',
  'ramps',
  'ratcheted',
  'increased',
  'increases',
  'increasing',
  'intensified',
  'intensifies',
  'kept',
  'keeps',
  'keeping',
  'exerted',
  'exerts',
  'exert',
  'applied',
  'applies',
  'mounted',
  'mounts',
  'renewed',
  'renews',
  'made',
  'makes',
  'issued',
  'issues',
];

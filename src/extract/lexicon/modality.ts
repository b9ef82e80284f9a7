import type { Modality, RelationType } from '../../model/types.js';

// Words that set how a relation is presented. `before`: within a few words before the trigger,
// in its clause ("did not meet", "are expected to meet"); `after`: within a few words after it
// up to the end of its clause, for a meeting noun only ("talks … are scheduled"); `sentence`:
// anywhere else in the sentence ("according to Axios").
// Precedence: negated, then planned, then reported; otherwise it happened.
export interface ModalityCue {
  match: readonly string[];
  modality: Modality;
  where: 'before' | 'after' | 'sentence';
  /** Only for these relation types; every type if absent. */
  types?: readonly RelationType[];
  reason: string;
}

export const MODALITY_CUES: readonly ModalityCue[] = [
  // the White House did not respond; they never met; the talks won't happen
  {
    match: ['not', "n't", 'never', 'no', 'refused', 'declined', 'denied'],
    modality: 'negated',
    where: 'before',
    reason: 'negation or denial of the act',
  },
  // are expected to meet; had agreed to meet; will reassess; remains willing to pursue talks;
  // was ready to host; wants to meet; offered to host
  {
    match: [
      'will',
      "'ll",
      'would',
      'shall',
      'expected',
      'scheduled',
      'slated',
      'set',
      'plan',
      'plans',
      'planned',
      'planning',
      'agreed',
      'agree',
      'agreeing',
      'willing',
      'going',
      'prepared',
      'intends',
      'hopes',
      'due',
      'upcoming',
      'proposed',
      'ready',
      'eager',
      'want',
      'wants',
      'wanted',
      'seeks',
      'seeking',
      'hope',
      'hoping',
      'aims',
      'intend',
      'intended',
      'offered',
    ],
    modality: 'planned',
    where: 'before',
    reason: 'future, intention or agreement to act',
  },
  // Ruto's meeting with Museveni was cancelled; the talks with Hamas were called off
  {
    match: ['cancelled', 'canceled', 'scrapped', 'off'],
    modality: 'negated',
    where: 'after',
    types: ['MET_WITH'],
    reason: 'a meeting called off did not take place',
  },
  // talks with the U.S. are scheduled for 10 am; talks … are now back on the calendar
  {
    match: ['scheduled', 'slated', 'planned', 'expected', 'calendar', 'would', 'will', 'upcoming'],
    modality: 'planned',
    where: 'after',
    types: ['MET_WITH'],
    reason: 'a meeting or act announced for later',
  },
  // according to Axios; U.S. officials told Axios that …; Chinese state media reported that …
  {
    match: [
      'according',
      'told',
      'reported',
      'reports',
      'said',
      'says',
      'indicated',
      'quoted',
      'detailed',
      'cited',
    ],
    modality: 'reported',
    where: 'sentence',
    types: ['MET_WITH', 'PRESSURED', 'REJECTED', 'DEMANDED'],
    reason: 'the sentence attributes the act to a source',
  },
];

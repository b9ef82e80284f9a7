// Corrections: what an analyst says about the graph that extraction got wrong. They are data the
// analyst owns (corpus/corrections.yaml), applied in file order by every ingest, so the graph is
// always a function of the articles plus the corrections. Undo is deleting a row.
import type { EntityType, RelationType } from './types.js';

/** The actions a correction can take; each row of the file names one. */
export const CORRECTION_ACTIONS = [
  'merge',
  'rename',
  'retype',
  'not-an-entity',
  'reject-relation',
] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

interface CorrectionRow {
  /** Unique in the file: what undo names. */
  id: string;
  /** When it was made, ISO date-time. */
  when: string;
  note?: string;
}

/** Two nodes are one: `entity` joins `into`, which keeps its id, name and type. */
export interface MergeCorrection extends CorrectionRow {
  action: 'merge';
  entity: string;
  into: string;
}

/** The entity is called `name`; its id follows the name, joining an entity that already has it. */
export interface RenameCorrection extends CorrectionRow {
  action: 'rename';
  entity: string;
  name: string;
}

/** The entity is of `type`; its id follows the type, joining an entity that already has it. */
export interface RetypeCorrection extends CorrectionRow {
  action: 'retype';
  entity: string;
  type: EntityType;
}

/** The node is no entity at all: it goes, with its mentions and every relation it has. */
export interface NotAnEntityCorrection extends CorrectionRow {
  action: 'not-an-entity';
  entity: string;
}

/**
 * The relation is wrong: every piece of evidence of this type between these two entities goes,
 * or only that of one article, or only the one sentence of it starting at `start`.
 */
export interface RejectRelationCorrection extends CorrectionRow {
  action: 'reject-relation';
  relation: RelationType;
  source: string;
  target: string;
  article?: string;
  start?: number;
}

export type Correction =
  | MergeCorrection
  | RenameCorrection
  | RetypeCorrection
  | NotAnEntityCorrection
  | RejectRelationCorrection;

/** A correction with nothing to act on any more (the articles changed), and why. */
export interface UnresolvedCorrection {
  id: string;
  reason: string;
}

export {
  DEFAULT_EVAL_OPTIONS,
  FLOORS,
  evaluate,
  type EvalOptions,
  type EvalReport,
} from './run-eval.js';
export { BLIND_SETS, flooredScore, type BlindSet } from './blind-sets.js';
export { formatReport } from './format-report.js';

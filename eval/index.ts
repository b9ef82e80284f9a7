export {
  DEFAULT_EVAL_OPTIONS,
  FLOORS,
  evaluate,
  type EvalOptions,
  type EvalReport,
} from './run-eval.js';
export { formatReport } from './format-report.js';

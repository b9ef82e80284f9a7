export { mergeExtractions } from './merge.js';
export { applyCorrections, type CorrectedGraph } from './corrections.js';

export { mergeExtractions, resolveArticle } from './merge.js';
export { applyCorrections, type CorrectedGraph } from './corrections.js';
export * from './resolve.js';

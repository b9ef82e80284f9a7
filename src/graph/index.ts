export { mergeExtractions } from './merge.js';

/** A file that cannot become an article. The message names the file and says what to do. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

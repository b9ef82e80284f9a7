export { CorpusError } from './errors.js';
export { listArticleFiles, ARTICLE_EXTENSIONS } from './list-files.js';
export { articleId, contentHash, parseArticle } from './parse-article.js';
export {
  decodeArticle,
  loadArticleFile,
  readArticle,
  DEFAULT_MAX_ARTICLE_BYTES,
  type ArticleFile,
} from './read-article.js';
export {
  checkCorrection,
  correctionsHash,
  DEFAULT_CORRECTIONS_FILE,
  parseCorrections,
  readCorrectionsFile,
  withCorrection,
  withoutCorrection,
  writeCorrectionsFile,
  type CorrectionsFile,
} from './corrections-file.js';

export { extractArticle } from './extract-article.js';

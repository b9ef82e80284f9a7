import { convert } from 'html-to-text';
import { marked } from 'marked';
import { extname } from 'node:path';
import { CorpusError } from './errors.js';

/** The body text extraction reads, and a title when the markup carries one. */
export interface PlainText {
  text: string;
  title?: string;
}

// Links and images carry no prose; headings keep their case so names stay recognisable.
const HTML_TO_TEXT = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable' },
  ],
};

// Real articles nest a few levels; marked's nested lists cost time quadratic in their depth, so
// deeper indentation and quoting are folded before parsing (the words all stay, only the outline
// flattens past these depths).
const MAX_MARKDOWN_INDENT = 16;
const MAX_MARKDOWN_QUOTES = 8;

const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html[\s>])/i.test(text);

/**
 * Strips markup by file type: HTML (or text that starts like an HTML document) and Markdown
 * become plain prose; everything else is already plain. Markdown goes through HTML so that one
 * converter decides what counts as text.
 */
export function toPlainText(body: string, source: string): PlainText {
  try {
    return convertByType(body, source);
  } catch (error) {
    // Both converters recurse over the document tree; thousands of nested elements overflow the
    // stack. That file alone is skipped.
    if (!(error instanceof RangeError)) throw error;
    throw new CorpusError(`corpus: ${source}: markup nested too deeply to read; skipped`);
  }
}

function convertByType(body: string, source: string): PlainText {
  const ext = extname(source).toLowerCase();
  if (ext === '.md' || ext === '.markdown') {
    return { text: htmlToText(marked.parse(flattenDeepMarkdown(body), { async: false })) };
  }
  if (ext === '.html' || ext === '.htm' || looksLikeHtml(body)) {
    const title = convert(body, { ...HTML_TO_TEXT, baseElements: { selectors: ['title'], returnDomByDefault: false } }).trim();
    return title ? { text: htmlToText(body), title } : { text: htmlToText(body) };
  }
  return { text: body };
}

function flattenDeepMarkdown(body: string): string {
  return body.replace(/^[ \t>]+/gm, (lead) => {
    const quotes = Math.min(MAX_MARKDOWN_QUOTES, lead.split('>').length - 1);
    const indent = Math.min(MAX_MARKDOWN_INDENT, lead.replace(/>/g, '').replace(/\t/g, '    ').length);
    return `${'> '.repeat(quotes)}${' '.repeat(indent)}`;
  });
}

function htmlToText(html: string): string {
  return convert(html, HTML_TO_TEXT).trim();
}

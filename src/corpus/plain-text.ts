import { convert } from 'html-to-text';
import { marked } from 'marked';
import { extname } from 'node:path';

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

const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html[\s>])/i.test(text);

/**
 * Strips markup by file type: HTML (or text that starts like an HTML document) and Markdown
 * become plain prose; everything else is already plain. Markdown goes through HTML so that one
 * converter decides what counts as text.
 */
export function toPlainText(body: string, source: string): PlainText {
  const ext = extname(source).toLowerCase();
  if (ext === '.md' || ext === '.markdown') {
    return { text: htmlToText(marked.parse(body, { async: false })) };
  }
  if (ext === '.html' || ext === '.htm' || looksLikeHtml(body)) {
    const title = convert(body, { ...HTML_TO_TEXT, baseElements: { selectors: ['title'], returnDomByDefault: false } }).trim();
    return title ? { text: htmlToText(body), title } : { text: htmlToText(body) };
  }
  return { text: body };
}

function htmlToText(html: string): string {
  return convert(html, HTML_TO_TEXT).trim();
}

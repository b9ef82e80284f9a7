// Nouns for the people a government speaks through. A country right before one of them is that
// government speaking ("U.S. officials", "a senior American official"); the country an article
// quotes most this way is the government its unattributed decisions belong to (see focal.ts).
export const OFFICIAL_NOUNS: readonly string[] = [
  'official',
  'officials',
  'source',
  'sources',
  'diplomat',
  'diplomats',
  'negotiator',
  'negotiators',
  'spokesman',
  'spokeswoman',
];

// "The administration", "the Trump administration", "administration officials": the executive of
// the article's focal government. We type a government as its country, so these are mentions of
// that Country, not a separate organisation.
export const GOVERNMENT_NOUNS: readonly string[] = ['administration'];

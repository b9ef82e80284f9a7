// Text around an article that is not its content: credits, sign-ups, republishing notices, links
// to other stories. Every match is dropped before extraction, so none of its names become
// entities and no sentence runs across it. Rows are applied to the whole article text.
export interface BoilerplateRow {
  /** Global; with the `d` flag when `part` is set. */
  match: RegExp;
  /** Drop only this capture group of the match, keeping the rest. */
  part?: number;
  reason: string;
}

export const BOILERPLATE: readonly BoilerplateRow[] = [
  // (Photo by Chip Somodevilla/Getty Images)
  {
    match: /\((?:photo|image|picture)s? (?:by|credit|courtesy)[^)\n]*\)/gi,
    reason: 'photo credit',
  },
  // (RELATED: Heavily-Armed Iranian Gunboats Attempt To Seize US Tanker)
  { match: /\((?:related|read more|see also|watch):[^)\n]*\)/gi, reason: 'link to another story' },
  // All content created by the Daily Caller News Foundation … is available without charge …
  {
    match: /^all (?:content|articles) created by .*(?:available|republish).*$/gim,
    reason: 'republishing notice',
  },
  // Continue with Google
  { match: /^(?:continue|sign in|log in|sign up) with \w+\s*$/gim, reason: 'sign-in button' },
  // Published: Feb 4, 2026 08:30 pm
  { match: /^(?:published|updated):.*$/gim, reason: 'date line' },
  // This is a developing story and has been updated.
  { match: /^this is a developing story.*$/gim, reason: 'editorial note' },
  // — Seyed Abbas Araghchi (@araghchi) February 4, 2026: keep the author's name, drop the
  // handle and the date.
  { match: /^[—–]\s*[^\n(]+(\(@\w+\)[^\n]*)/dgm, part: 1, reason: 'embedded post signature' },
];

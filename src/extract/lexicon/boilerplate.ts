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
  // (Photo by Chip Somodevilla/Getty Images); (AP Photo/Markus Schreiber);
  // (Photo: Dan Kitwood/Getty Images)
  {
    match: /\([^()\n]{0,40}\b(?:photo|image|picture)s?\b[^)\n]*\)/gi,
    reason: 'photo credit',
  },
  // (Reporting by Aditi Shah in New Delhi; Editing by Mark Potter)
  {
    match: /\((?:additional )?(?:reporting|writing|editing) by[^)\n]*\)/gi,
    reason: 'reporting credit',
  },
  // (RELATED: Heavily-Armed Iranian Gunboats Attempt To Seize US Tanker)
  { match: /\((?:related|read more|see also|watch):[^)\n]*\)/gi, reason: 'link to another story' },
  // Read more: Honda shares slump after merger talks fail
  {
    match: /^(?:related|read more|see also|watch|more on this):.*$/gim,
    reason: 'link to another story, on a line',
  },
  // All content created by the Daily Caller News Foundation … is available without charge …
  {
    match: /^all (?:content|articles) created by .*(?:available|republish).*$/gim,
    reason: 'republishing notice',
  },
  // This article originally appeared in El Tiempo and is republished here with permission.
  {
    match:
      /^this (?:article|story) (?:was )?(?:originally )?(?:appeared|published|republished).*$/gim,
    reason: 'republishing notice',
  },
  // Copyright 2025 The Associated Press. All rights reserved.
  { match: /^(?:copyright\s+(?:©\s*)?|©\s*)\d{4}\b.*$/gim, reason: 'copyright line' },
  // Follow us on Facebook; Share on WhatsApp; Sign up for our newsletter
  {
    match: /^(?:follow us on|share (?:this )?(?:on|via)|sign up for|subscribe to) .*$/gim,
    reason: 'share button or newsletter prompt',
  },
  // Continue with Google
  { match: /^(?:continue|sign in|log in|sign up) with \w+\s*$/gim, reason: 'sign-in button' },
  // Published: Feb 4, 2026 08:30 pm
  { match: /^(?:published|updated):.*$/gim, reason: 'date line' },
  // This is a developing story and has been updated.
  { match: /^this is a developing story.*$/gim, reason: 'editorial note' },
  // NAIROBI (Reuters) - ; SANTIAGO, March 4 (AP) — : the dateline says where the story was
  // filed and by whom, and names no actor of the story.
  {
    match: /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,}(?:,[^()\n—–]{1,30})?\s*\([^()\n]{1,25}\)\s*[-—–]+/gmu,
    reason: 'dateline',
  },
  // By Maria Lopez and Tom Hardy (a line of its own, no full stop)
  { match: /^[Bb]y \p{Lu}[^\n.]{0,80}$/gmu, reason: 'byline' },
  // Photo: AAP/Lukas Coch; Image: United States Navy.
  {
    match: /^(?:photo|image|picture|video|credit)s?(?: credit)?:[^\n]*$/gim,
    reason: 'photo credit line',
  },
  // REUTERS/Kim Kyung-Hoon; NASA/Bill Ingalls: agency and photographer at a caption's end
  {
    match: /\b\p{Lu}{2,}(?: \p{Lu}{2,})*\/\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}/gu,
    reason: 'agency and photographer credit',
  },
  // — Seyed Abbas Araghchi (@araghchi) February 4, 2026: keep the author's name, drop the
  // handle and the date.
  { match: /^[—–]\s*[^\n(]+(\(@\w+\)[^\n]*)/dgm, part: 1, reason: 'embedded post signature' },
];

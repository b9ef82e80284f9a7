// Text around an article that is not its content: credits, sign-ups, republishing notices, links
// to other stories, datelines and bylines. Every match is dropped before extraction, so none of
// its names become entities and no sentence runs across it. Rows are applied to the whole
// article text; each row's example is text it drops (a test holds that).
export interface BoilerplateRow {
  id: string;
  example: string;
  /** Global; with the `d` flag when `part` is set. */
  match: RegExp;
  /** Drop only this capture group of the match, keeping the rest. */
  part?: number;
  reason: string;
}

export const BOILERPLATE: readonly BoilerplateRow[] = [
  {
    id: 'table-header',
    example: 'Party | Seats | Change',
    match: /^\p{Lu}[\p{L}.%]*(?: *\| *\p{Lu}[\p{L}.%]*)+ *$/gmu,
    reason: "a table's header row: one capitalised word per column, the names of the columns",
  },
  {
    id: 'photo-credit',
    example: '(Photo by Chip Somodevilla/Getty Images); (AP Photo/Markus Schreiber)',
    match: /\([^()\n]{0,40}\b(?:photo|image|picture)s?\b[^)\n]*\)/gi,
    reason: 'photo credit in brackets',
  },
  {
    id: 'reporting-credit',
    example: '(Reporting by Aditi Shah in New Delhi; Editing by Mark Potter)',
    match: /\((?:additional )?(?:reporting|writing|editing) by[^)\n]*\)/gi,
    reason: 'reporting credit in brackets',
  },
  {
    id: 'reporting-credit-line',
    example: 'Reporting by Chiara Bianchi; Editing by Peter Graff',
    match:
      /^(?:additional )?(?:reporting|writing|editing|compiled|produced|translated)(?: and \w+)? by\b.*$/gim,
    reason: 'the reporting and editing credit a wire story ends with, on a line of its own',
  },
  {
    id: 'trust-principles',
    example: 'Our Standards: The Thomson Reuters Trust Principles.',
    match: /^our standards:.*$/gim,
    reason: "a wire service's standards notice",
  },
  {
    id: 'related-link',
    example: '(RELATED: Heavily-Armed Iranian Gunboats Attempt To Seize US Tanker)',
    match: /\((?:related|read more|see also|watch):[^)\n]*\)/gi,
    reason: 'link to another story',
  },
  {
    id: 'related-line',
    example: 'Read more: Honda shares slump after merger talks fail',
    match: /^(?:related|read more|see also|watch|more on this):.*$/gim,
    reason: 'link to another story, on a line',
  },
  {
    id: 'republishing-notice',
    example:
      'All content created by the Daily Caller News Foundation is available without charge to any news publisher',
    match: /^all (?:content|articles) created by .*(?:available|republish).*$/gim,
    reason: 'republishing notice',
  },
  {
    id: 'originally-appeared',
    example:
      'This article originally appeared in El Tiempo and is republished here with permission.',
    match:
      /^this (?:article|story) (?:was )?(?:originally )?(?:appeared|published|republished).*$/gim,
    reason: 'republishing notice',
  },
  {
    id: 'copyright-line',
    example: 'Copyright 2025 The Associated Press. All rights reserved.',
    match: /^(?:copyright\s+(?:©\s*)?|©\s*)\d{4}\b.*$/gim,
    reason: 'copyright line',
  },
  {
    id: 'rights-reserved',
    example: 'Thomson Reuters. All rights reserved.',
    match: /^[^\n.]{0,60}\.?\s*all rights reserved\.?\s*$/gim,
    reason: 'a rights notice without a year',
  },
  {
    id: 'share-prompt',
    example: 'Follow us on Facebook',
    match: /^(?:follow us on|share (?:this )?(?:on|via)|sign up for|subscribe to) .*$/gim,
    reason: 'share button or newsletter prompt',
  },
  {
    id: 'sign-in-button',
    example: 'Continue with Google',
    match: /^(?:continue|sign in|log in|sign up) with \w+\s*$/gim,
    reason: 'sign-in button',
  },
  {
    id: 'date-line',
    example: 'Published: Feb 4, 2026 08:30 pm',
    match: /^(?:published|updated):.*$/gim,
    reason: 'date line',
  },
  {
    id: 'developing-story',
    example: 'This is a developing story and has been updated.',
    match: /^this is a developing story.*$/gim,
    reason: 'editorial note',
  },
  {
    id: 'dateline',
    example: 'NAIROBI (Reuters) - ; SANTIAGO, March 4 (AP) — ',
    match: /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,}(?:,[^()\n—–]{1,30})?\s*\([^()\n]{1,25}\)\s*[-—–]+/gmu,
    reason: 'the dateline says where the story was filed and by whom, and names no actor of it',
  },
  {
    id: 'dateline-title-case',
    example: 'Belgrade (AFP) - ; Port Moresby, Papua New Guinea (AFP) - ',
    match:
      /^\p{Lu}[\p{Ll}\p{M}.'’-]+(?: \p{Lu}[\p{Ll}\p{M}.'’-]+){0,2}(?:,[^()\n—–]{1,30})?\s*\(\p{Lu}[\p{L}-]{1,12}\)\s*[-—–]+\s/gmu,
    reason: "AFP's house style of a dateline: the place in title case, the agency in brackets",
  },
  {
    id: 'dateline-without-agency',
    example: 'MANILA — The coast guard said …; Harare, Zimbabwe — Police said …',
    match:
      /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]{2,}|\p{Lu}[\p{L}\p{M}.'’-]+(?: \p{Lu}[\p{L}\p{M}.'’-]+)?,[^\n—–.]{1,30}?)\s+(?:[—–]|--?)\s+(?=\p{Lu})/gmu,
    reason:
      'a dateline with no agency: a place in capitals, or a place and its country, and a dash',
  },
  {
    id: 'dateline-colon',
    example: 'NEW DELHI: The Reserve Bank …; Mumbai/New Delhi, Oct 8: As expected …',
    match:
      /^(?:\p{Lu}[\p{Lu}\p{M} .'’/-]{2,}|\p{Lu}[\p{L}\p{M}.'’/-]+(?: \p{Lu}[\p{L}\p{M}.'’-]+)?, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?(?: \([^()\n]{1,25}\))?:\s+(?=\p{Lu})/gmu,
    reason:
      'the South Asian house style of a dateline: a place in capitals, or a place and a date, and a colon',
  },
  {
    id: 'agency-tag',
    example: 'speaks in Seoul on June 4. (Yonhap); … was expected. (Agencies)',
    match:
      /(?<=(?:^|[.!?]["”’]?\s+))\(\p{Lu}[\p{L}&.'’-]*(?:[ /-]\p{Lu}[\p{L}&.'’-]*){0,3}\)\s*$/gmu,
    reason:
      'an agency or credit in brackets closing a caption or a paragraph says where it came from, not who acts',
  },
  {
    id: 'inputs-credit',
    example: '(With inputs from agencies); (With inputs from PTI)',
    match: /\(with (?:inputs?|input) from [^)\n]{1,40}\)/gi,
    reason: 'the credit an Indian paper closes a story with',
  },
  {
    id: 'pipe-credit',
    example:
      'at work in Nairobi. PHOTO | FILE | NATION MEDIA GROUP; in Mumbai. | Photo Credit: Reuters',
    match:
      /(?:\|\s*(?:Photo|Image|Picture)s?(?: Credit)?\s*:|\b(?:PHOTO|IMAGE|PICTURE)S?\s*[|:])[^\n]{0,80}$/gmu,
    reason: "a caption's credit in a paper's house style, set off by bars",
  },
  {
    id: 'wire-slug',
    example: 'FOOTBALL-TRANSFERS/',
    match: /^[\p{Lu}\d]+(?:[ -][\p{Lu}\d]+)*(?:[-/][\p{Lu}\d]+)*\/[ \t]*$/gmu,
    reason: "a wire story's slug, a line of capitals closed by a slash: the desk's label, no actor",
  },
  {
    id: 'section-label',
    example: 'Q&A: Why cotton is back on the shelves',
    match:
      /^(?:KEY POINTS|KEY FACTS|FAST FACTS|AT A GLANCE|FACTBOX|FACT BOX|EXPLAINER|ANALYSIS|OBITUARY|TIMELINE|BREAKING|LIVE|WHAT WE KNOW|Q ?& ?A)(?::|[ \t]*$)/gim,
    reason:
      "a label over a section or a story's kind, in capitals or before a colon; it names no one",
  },
  {
    id: 'live-blog-time',
    example: "09:42 Port Vila's main hospital says …; 14.05 GMT The minister …",
    match:
      /^\d{1,2}[:.]\d{2}(?: ?(?:am|pm|a\.m\.|p\.m\.))?(?: (?:GMT|UTC|BST|CET|EST|ET|local))?\s+(?=\p{Lu})/gmu,
    reason:
      "a live blog's timestamp opening an entry; the entry's first word is its sentence's first",
  },
  {
    id: 'interview-turn',
    example: 'Q: What changed?; A: For years, brands …',
    match: /^[QA]:\s+/gm,
    reason: "the question and answer marks of a Q&A; they open the turn's sentence",
  },
  {
    id: 'byline',
    example: 'By Maria Lopez and Tom Hardy',
    match: /^[Bb]y \p{Lu}[^\n.]{0,80}$/gmu,
    reason: 'byline, a line of its own with no full stop',
  },
  {
    id: 'photo-credit-line',
    example: 'Photo: AAP/Lukas Coch; Image: United States Navy.',
    match: /^(?:photo|image|picture|video|credit)s?(?: credit)?:[^\n]*$/gim,
    reason: 'photo credit line',
  },
  {
    id: 'photograph-credit',
    example: 'waves to supporters in El Alto. Photograph: Juan Karita/AP',
    match: /\b(?:photograph|photo|picture|image)s?(?: credit)?: [^\n.]{1,60}\/[^\n.]{1,40}$/gim,
    reason: "a caption's closing credit, photographer and agency",
  },
  {
    id: 'file-photo-label',
    example: "FILE PHOTO: Nigeria's President Bola Tinubu speaks during an event in Abuja",
    match: /^file photo:/gim,
    reason: 'a caption label; the caption after it is kept',
  },
  {
    id: 'agency-photographer',
    example: 'REUTERS/Kim Kyung-Hoon; NASA/Bill Ingalls',
    match: /\b\p{Lu}{2,}(?: \p{Lu}{2,})*\/\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}/gu,
    reason: 'agency and photographer credit at a caption end',
  },
  {
    id: 'post-signature',
    example: '— Seyed Abbas Araghchi (@araghchi) February 4, 2026',
    match: /^[—–]\s*[^\n(]+(\(@\w+\)[^\n]*)/dgm,
    part: 1,
    reason: "an embedded post's handle and date; the author's name is kept",
  },
];

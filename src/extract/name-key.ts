/**
 * The form two spellings of one name share: no diacritics, no case, no periods or apostrophes,
 * hyphens and runs of spaces as one space. "U.S." and "US" meet at "us"; "Türkiye" at "turkiye".
 */
export function nameKey(surface: string): string {
  // Most words are plain lowercase ASCII already: skip the Unicode normalisation for them.
  if (/^[a-z0-9]+$/.test(surface)) return surface;
  return surface
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,'’‘`]/g, '')
    .replace(/[-‑–\s]+/g, ' ')
    .trim();
}

/** The id part of a name: "Harry S. Truman Building" → "harry-s-truman-building". */
export function slug(name: string): string {
  return nameKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

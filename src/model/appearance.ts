// How the explorer draws a view at a glance: nodes coloured by entity type or by community, sized
// by relations, evidence or PageRank. Part of a view as much as its filters: the page's address
// and a saved view carry it, in one spelling (`color=community&size=pagerank`, defaults left out),
// read here for both. The measures themselves are the page's (web/client/appearance.ts).

export const COLOR_BY_CHOICES = ['type', 'community'] as const;
export const SIZE_BY_CHOICES = ['degree', 'evidence', 'pagerank'] as const;
export type ColorBy = (typeof COLOR_BY_CHOICES)[number];
export type SizeBy = (typeof SIZE_BY_CHOICES)[number];

export interface Appearance {
  colorBy: ColorBy;
  sizeBy: SizeBy;
}

export const DEFAULT_APPEARANCE: Appearance = { colorBy: 'type', sizeBy: 'degree' };

/** An appearance a link or a saved view cannot hold; the message names the key. */
export class AppearanceError extends Error {
  override name = 'AppearanceError';
}

const pick = <T extends string>(
  choices: readonly T[],
  key: string,
  value: string | null,
  fallback: T,
  strict: boolean,
): T => {
  if (value === null) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  if (strict) throw new AppearanceError(`${key}: use one of ${choices.join(', ')}`);
  return fallback;
};

/**
 * Reads `color` and `size` from a query. Lenient (`strict` false) for links, which may be older
 * than the choices: an unknown value is the default.
 */
export function readAppearance(get: (key: string) => string | null, strict: boolean): Appearance {
  return {
    colorBy: pick(COLOR_BY_CHOICES, 'color', get('color'), DEFAULT_APPEARANCE.colorBy, strict),
    sizeBy: pick(SIZE_BY_CHOICES, 'size', get('size'), DEFAULT_APPEARANCE.sizeBy, strict),
  };
}

/** Sets `color` and `size` on a query, leaving out what is the default. */
export function writeAppearance(appearance: Appearance, params: URLSearchParams): URLSearchParams {
  if (appearance.colorBy !== DEFAULT_APPEARANCE.colorBy) params.set('color', appearance.colorBy);
  if (appearance.sizeBy !== DEFAULT_APPEARANCE.sizeBy) params.set('size', appearance.sizeBy);
  return params;
}

/** The URL form alone (`color=community`), as a saved view keeps it; '' for the default. */
export const appearanceText = (appearance: Appearance): string =>
  writeAppearance(appearance, new URLSearchParams()).toString();

export function readAppearanceText(text: string, strict: boolean): Appearance {
  const query = new URLSearchParams(text);
  return readAppearance((key) => query.get(key), strict);
}

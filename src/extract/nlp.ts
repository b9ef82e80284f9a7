import { createRequire } from 'node:module';
import type Nlp from 'compromise';

/**
 * compromise, from its single-file build. `import 'compromise'` loads its ES module sources,
 * 456 files, which every extract worker resolves and compiles again at start-up; the one-file
 * build (the package's `require` export, the same version and code) loads in a third of that.
 * Every use of compromise takes it from here, so that our plugin and lexicons land on the one
 * instance that parses.
 */
export const nlp = createRequire(import.meta.url)('compromise') as typeof Nlp;

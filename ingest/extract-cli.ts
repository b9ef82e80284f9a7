import { Command } from 'commander';
import { runCli } from '../src/cli/run-cli.js';
import { DEFAULT_MAX_ARTICLE_BYTES, listArticleFiles } from '../src/corpus/index.js';
import { mergeExtractions } from '../src/graph/index.js';
import type { CorpusGraph, Extraction } from '../src/model/types.js';
import { extractFiles } from './extract-files.js';
import { DEFAULT_EXTRACT_POOL_OPTIONS } from './extract-pool.js';
import type { FileReport } from './file-report.js';

// Extraction without Neo4j: read, extract, merge, print. The JSON is the `Extraction` contract
// the eval measures; the summary is for a person.
const program = new Command('extract')
  .description('Extract entities and relations from articles (default: corpus/) without Neo4j.')
  .argument('[paths...]', 'article files or folders', ['corpus'])
  .option('--json', 'print one JSON document {entities, relations} to stdout', false)
  .option(
    '--max-bytes <n>',
    'skip files larger than this',
    (v) => Number(v),
    DEFAULT_MAX_ARTICLE_BYTES,
  )
  .option(
    '--max-seconds <n>',
    'abandon a file not extracted within this many seconds',
    (v) => Number(v),
    DEFAULT_EXTRACT_POOL_OPTIONS.maxSeconds,
  )
  .showHelpAfterError();

/** Our errors name the command first, whatever module raised them. */
const prefixed = (error: unknown) =>
  new Error(`extract: ${error instanceof Error ? error.message : String(error)}`);

function summary(graph: CorpusGraph, articles: number): string[] {
  const byType = (list: readonly { type: string }[]) => {
    const counts = new Map<string, number>();
    for (const x of list) counts.set(x.type, (counts.get(x.type) ?? 0) + 1);
    return [...counts]
      .sort()
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
  };
  const name = new Map(graph.entities.map((e) => [e.id, e.name]));
  return [
    `${articles} articles, ${graph.entities.length} entities, ${graph.relations.length} relations`,
    `entities: ${byType(graph.entities)}`,
    `relations: ${byType(graph.relations)}`,
    ...graph.relations.map(
      (r) =>
        `  ${name.get(r.source)} ${r.type} ${name.get(r.target)} (${r.modality}, ${r.article})`,
    ),
  ];
}

runCli('extract', async () => {
  program.parse();
  const { json, maxBytes, maxSeconds } = program.opts<{
    json: boolean;
    maxBytes: number;
    maxSeconds: number;
  }>();
  const files = await listArticleFiles(program.processedArgs[0] as string[]).catch((e: unknown) => {
    throw prefixed(e);
  });
  // The same reading and extraction as ingest (worker threads for large inputs): a file that
  // cannot be read is skipped with one line, the others are still extracted and printed.
  const report: FileReport = { skipped: [], notes: [] };
  const extracted = await extractFiles(files, { maxBytes, pool: { maxSeconds } }, report);
  const graph = mergeExtractions(extracted.map((e) => e.extraction));
  if (json) {
    const out: Extraction = { entities: graph.entities, relations: graph.relations };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    for (const line of summary(graph, extracted.length)) process.stdout.write(`${line}\n`);
  }
  for (const line of report.skipped) process.stderr.write(`${prefixed(line).message}\n`);
  for (const line of report.notes) process.stderr.write(`extract: note: ${line}\n`);
  return report.skipped.length > 0 ? 2 : 0;
});

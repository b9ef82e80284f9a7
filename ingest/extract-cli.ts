import { Command } from 'commander';
import { runCli } from '../src/cli/run-cli.js';
import { CorpusError, listArticleFiles, readArticle } from '../src/corpus/index.js';
import { extractArticle } from '../src/extract/index.js';
import { mergeExtractions } from '../src/graph/index.js';
import type { ArticleExtraction, CorpusGraph, Extraction } from '../src/model/types.js';

// Extraction without Neo4j: read, extract, merge, print. The JSON is the `Extraction` contract
// the eval measures; the summary is for a person.
const program = new Command('extract')
  .description('Extract entities and relations from articles (default: corpus/) without Neo4j.')
  .argument('[paths...]', 'article files or folders', ['corpus'])
  .option('--json', 'print one JSON document {entities, relations} to stdout', false)
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
  const { json } = program.opts<{ json: boolean }>();
  const files = await listArticleFiles(program.processedArgs[0] as string[]).catch((e: unknown) => {
    throw prefixed(e);
  });
  const extractions: ArticleExtraction[] = [];
  const failures: string[] = [];
  for (const file of files) {
    try {
      extractions.push(extractArticle(await readArticle(file)));
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      failures.push(prefixed(error).message);
    }
  }
  const graph = mergeExtractions(extractions);
  if (json) {
    const out: Extraction = { entities: graph.entities, relations: graph.relations };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    for (const line of summary(graph, extractions.length)) process.stdout.write(`${line}\n`);
  }
  for (const line of failures) process.stderr.write(`${line}\n`);
  return failures.length > 0 ? 1 : 0;
});

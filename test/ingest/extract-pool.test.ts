import { expect } from 'chai';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extractFile, type FileOutcome } from '../../ingest/extract-file.js';
import { extractFiles } from '../../ingest/extract-files.js';
import {
  extractWithPool,
  overBudget,
  resolveExtractPoolOptions,
} from '../../ingest/extract-pool.js';
import type { FileReport } from '../../ingest/file-report.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../src/corpus/index.js';
import { bundledWorker } from '../support/cli.js';
import { corpusArticle, makeCorpusDir, type CorpusDir } from '../support/corpus-dir.js';

const collect = async (outcomes: AsyncIterable<FileOutcome>) => {
  const out: FileOutcome[] = [];
  for await (const outcome of outcomes) out.push(outcome);
  return out;
};

const WIRE_LINES = [
  'GENEVA (Reuters) - Iranian Foreign Minister Seyed Abbas Araghchi met Omani officials on Monday.',
  'Secretary of State Marco Rubio urged Tehran to accept the framework.',
  'White House envoy Steve Witkoff held talks with Qatari leaders in Doha.',
  'Witkoff and Jared Kushner are expected to meet Omani officials before the talks.',
  'The Kremlin said President Vladimir Putin spoke with Chinese leader Xi Jinping by phone.',
  'Brazil and Argentina signed a trade accord in Buenos Aires on Friday, officials said.',
];

describe('ingest/extract-pool', () => {
  // Workers start from the bundle of extract-worker.ts the test run builds: under tsx each start
  // compiled its TypeScript first. The tsx start is what the in-process ingests of
  // time-limit.test.ts use, as npm run ingest does.
  let workerEntry: URL;
  let dir: CorpusDir;
  let paths: string[];
  let sequential: FileOutcome[];

  before(async () => {
    workerEntry = await bundledWorker();
    // The three corpus articles and short wire lines under other names, plus two files that
    // cannot be ingested, in an order that is neither sorted nor grouped: order must come from
    // the input alone. (Short lines keep the several extractions below cheap.)
    dir = await makeCorpusDir('newsgraph-pool-');
    const ids = (await readdir('corpus')).map((f) => f.replace(/\.txt$/, '')).sort();
    const written: string[] = [];
    for (const id of ids) written.push(await dir.write(`${id}.txt`, await corpusArticle(id)));
    for (const [i, line] of WIRE_LINES.entries()) {
      written.push(await dir.write(`line-${i}.txt`, line));
    }
    const empty = await dir.write('empty.txt', '   \n');
    const missing = join(dir.path, 'gone.txt');
    paths = [...written.reverse(), empty, ...written.slice(0, 2), missing];
    sequential = [];
    for (const path of paths) sequential.push(await extractFile(path, DEFAULT_MAX_ARTICLE_BYTES));
  });
  after(() => dir.dispose());

  it('should give the same outcomes as extracting in this thread, in input order', async () => {
    const pooled = await collect(
      extractWithPool(paths, DEFAULT_MAX_ARTICLE_BYTES, { workers: 2, workerEntry }),
    );
    expect(pooled).to.have.length(paths.length);
    expect(pooled).to.deep.equal(sequential);
    const ids = pooled.map((o) => ('article' in o ? o.article.meta.id : 'skipped'));
    expect(ids.slice(0, 2)).to.deep.equal(['line-5', 'line-4']);
  });

  it('should report a bad file with its reason and go on with the rest', async () => {
    const pooled = await collect(
      extractWithPool(paths, DEFAULT_MAX_ARTICLE_BYTES, { workers: 3, workerEntry }),
    );
    const skipped = pooled.flatMap((o) => ('skipped' in o ? [o.skipped] : []));
    expect(skipped).to.have.length(2);
    expect(skipped[0]).to.contain('empty.txt');
    expect(skipped[1]).to.contain('gone.txt');
    expect(pooled.filter((o) => 'article' in o)).to.have.length(paths.length - 2);
  });

  it('should stop early without losing order when the caller stops reading', async () => {
    const first: FileOutcome[] = [];
    for await (const outcome of extractWithPool(paths, DEFAULT_MAX_ARTICLE_BYTES, {
      workers: 2,
      workerEntry,
    })) {
      first.push(outcome);
      if (first.length === 3) break;
    }
    expect(first).to.deep.equal(sequential.slice(0, 3));
  });

  it('should fill the file report the same way through workers as in this thread', async () => {
    const run = async (inThreadBelowBytes: number) => {
      const report: FileReport = { skipped: [], notes: [] };
      let each = 0;
      const articles = await extractFiles(
        paths,
        {
          maxBytes: DEFAULT_MAX_ARTICLE_BYTES,
          onEach: () => each++,
          pool: { workers: 2, inThreadBelowBytes, workerEntry },
        },
        report,
      );
      return { articles, report, each };
    };
    const pooled = await run(0);
    expect(pooled).to.deep.equal(await run(Infinity));
    expect(pooled.each).to.equal(paths.length);
    expect(pooled.report.skipped).to.have.length(2);
  });

  it('should refuse a pool without workers, and a time limit that is no time', () => {
    expect(() => resolveExtractPoolOptions({ workers: 0 })).to.throw(Error, /workers/);
    expect(() => resolveExtractPoolOptions({ maxSeconds: 0 })).to.throw(Error, /max seconds/);
  });

  describe('a file that outlasts its time or kills its worker', function () {
    // Each waits for a limit or a worker's death, seconds quiet and a minute on a busy machine:
    // the runner's timeout only catches a pool that waits for ever.
    this.timeout(300_000);
    // Four MiB of the corpus's prose, under the size limit: well over a minute of extraction on
    // any machine, against a time limit of a few seconds that a corpus article never comes near.
    const LIMIT = 5;
    let big: string;
    let order: string[];
    const good = () => [sequential[0], sequential[1], sequential[2]];
    before(async () => {
      const ids = (await readdir('corpus')).map((f) => f.replace(/\.txt$/, ''));
      const prose = (await Promise.all(ids.map(corpusArticle))).join('\n\n');
      big = await dir.write(
        'big.txt',
        prose.repeat(Math.ceil((4 << 20) / prose.length)).slice(0, 4 << 20),
      );
      order = [paths[0] as string, big, paths[1] as string, paths[2] as string];
    });

    it('should abandon the file when its time is up, with one line, and extract the rest', async () => {
      const out = await collect(
        extractWithPool(order, DEFAULT_MAX_ARTICLE_BYTES, {
          workers: 1,
          maxSeconds: LIMIT,
          workerEntry,
        }),
      );
      expect(out[1]).to.deep.equal({ skipped: overBudget(big, LIMIT) });
      expect(overBudget(big, LIMIT)).to.match(
        /big\.txt: .* 5 s; skipped \(raise .*--max-seconds\)$/,
      );
      expect([out[0], out[2], out[3]]).to.deep.equal(good());
    });

    it('should keep the time limit when so few files would be extracted in this thread', async () => {
      const report: FileReport = { skipped: [], notes: [] };
      const articles = await extractFiles(
        order,
        {
          maxBytes: DEFAULT_MAX_ARTICLE_BYTES,
          pool: { inThreadBelowBytes: Infinity, maxSeconds: LIMIT, workerEntry },
        },
        report,
      );
      expect(report.skipped).to.deep.equal([overBudget(big, LIMIT)]);
      expect(articles).to.have.length(3);
    });

    it('should replace a worker that dies mid-article and report that article', async () => {
      // A worker with little heap (room for the lexicons and gazetteer, about 60 MB, and an
      // article), given a page of 400,000 elements: it dies parsing them.
      const page = await dir.write('elements.html', '<p>Iran</p>'.repeat(400_000));
      const out = await collect(
        extractWithPool([order[0] as string, page, ...order.slice(2)], DEFAULT_MAX_ARTICLE_BYTES, {
          workers: 1,
          heapMb: 192,
          workerEntry,
        }),
      );
      expect(out[1])
        .to.have.property('skipped')
        .that.matches(/elements\.html: the extraction worker died \(.*memory.*\); skipped$/);
      expect([out[0], out[2], out[3]]).to.deep.equal(good());
    });
  });
});

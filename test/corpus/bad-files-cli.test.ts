import { expect } from 'chai';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Extraction } from '../../src/model/types.js';
import { runCommand, type CommandOutput } from '../support/cli.js';
import { makeCorpusDir, type CorpusDir } from '../support/corpus-dir.js';

const GOOD = 'President Donald Trump met Prime Minister Benjamin Netanyahu in Washington.\n';

const extract = (dir: string) => runCommand('extract', ['--json', dir]);

// The shapes an attack on a clean clone found: each is one skipped file, the good file beside it
// is still read, and the run ends with exit 2 and no stack trace.
describe('extract CLI on hostile files', () => {
  let dir: CorpusDir;
  beforeEach(async () => {
    dir = await makeCorpusDir();
    await dir.write('good.txt', GOOD);
  });
  afterEach(() => dir.dispose());

  const expectOneSkip = (run: CommandOutput, line: RegExp) => {
    expect(run.code).to.equal(2);
    expect(run.stderr).to.match(line);
    expect(run.stderr).not.to.match(/^\s+at /m);
    const graph = JSON.parse(run.stdout) as Extraction;
    expect(graph.entities.map((e) => e.name)).to.include('Benjamin Netanyahu');
  };

  it('should never run a front-matter block written in JavaScript (the issue reproduction)', async () => {
    const marker = join(dir.path, 'PWNED');
    await dir.write(
      'evil.md',
      `---js\n{ title: (require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'Harmless title') }\n---\n${GOOD}`,
    );
    const run = await extract(dir.path);
    const wasRun = await access(marker).then(
      () => true,
      () => false,
    );
    expect(wasRun, 'the front matter was evaluated').to.equal(false);
    expectOneSkip(run, /evil\.md: front matter in 'js' is not read/);
  });

  it('should skip HTML nested thousands deep and still read the good file', async () => {
    const depth = 5000;
    await dir.write('deep.html', `<html><body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`);
    expectOneSkip(await extract(dir.path), /deep\.html: markup nested too deeply to read; skipped/);
  });
});

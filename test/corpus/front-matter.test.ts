import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusError } from '../../src/corpus/index.js';
import { parseFrontMatter } from '../../src/corpus/front-matter.js';

// Every front-matter language gray-matter ever knew (and a few it could be taught), written the
// way an attacker would: the block evaluates to a harmless-looking object if it is ever run.
const LANGUAGES = ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'json', 'toml', 'lua', 'x'];
const BODY = 'President Donald Trump met Prime Minister Benjamin Netanyahu in Washington.\n';
const evil = (language: string, marker: string) =>
  `---${language}\n{ title: (globalThis.__pwned = '${marker}', 'Harmless title') }\n---\n${BODY}`;

describe('corpus/front-matter', () => {
  afterEach(() => {
    delete (globalThis as { __pwned?: string }).__pwned;
  });

  it('should refuse every front-matter language but YAML, without running it', () => {
    for (const language of LANGUAGES) {
      expect(() => parseFrontMatter(evil(language, language), 'evil.md'), language).to.throw(
        CorpusError,
      );
      expect((globalThis as { __pwned?: string }).__pwned, language).to.equal(undefined);
    }
  });

  it('should read YAML front matter, also when it says so, and only with the safe schema', () => {
    for (const opener of ['---', '---yaml', '--- yml']) {
      const { meta, body } = parseFrontMatter(`${opener}\ntitle: Talks\n---\n${BODY}`, 'a.md');
      expect(meta.title, opener).to.equal('Talks');
      expect(body.trim()).to.equal(BODY.trim());
    }
    const tagged = `---\ntitle: !!js/function "function () { return 1 }"\n---\n${BODY}`;
    expect(() => parseFrontMatter(tagged, 'tagged.md')).to.throw(CorpusError);
  });

  it('should leave a file without front matter whole', () => {
    const text = `Talks in Muscat\n---\n${BODY}`;
    expect(parseFrontMatter(text, 'a.txt')).to.deep.equal({ meta: {}, body: text });
  });

  it('should skip the issue reproduction with one line and never run it (extract CLI)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-evil-'));
    try {
      const marker = join(dir, 'PWNED');
      await writeFile(
        join(dir, 'evil.md'),
        `---js\n{ title: (require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'Harmless title') }\n---\n${BODY}`,
      );
      const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'ingest/extract-cli.ts', '--json', dir],
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        );
      });
      const wasRun = await access(marker).then(
        () => true,
        () => false,
      );
      expect(wasRun, 'the front matter was evaluated').to.equal(false);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/evil\.md: front matter in 'js' is not read/);
      expect(run.stderr).not.to.match(/^\s+at /m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { expect } from 'chai';
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

  it('should keep a real published date and leave an impossible one out with a note', () => {
    const read = (published: string) =>
      parseFrontMatter(`---\npublished: ${published}\n---\n${BODY}`, 'a.md');
    expect(read('2026-02-04').meta.published).to.equal('2026-02-04');
    expect(read('2026-02-04T10:00:00+01:00').meta.published).to.equal('2026-02-04T09:00:00Z');
    for (const bad of ['2026-13-45', '"next tuesday"', '2026-02-30']) {
      const { meta, notes } = read(bad);
      expect(meta.published, bad).to.equal(undefined);
      expect(notes, bad).to.have.length(1);
      expect(notes[0]).to.match(/a\.md: published .* is not a real date .*undated/);
    }
  });

  it('should leave a file without front matter whole', () => {
    const text = `Talks in Muscat\n---\n${BODY}`;
    expect(parseFrontMatter(text, 'a.txt')).to.deep.equal({ meta: {}, body: text, notes: [] });
  });
});

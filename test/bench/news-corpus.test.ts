import { expect } from 'chai';
import { changedNewsArticle, newsArticle } from '../../bench/news-corpus.js';
import { makeWorld } from '../../bench/news-world.js';

// The bench's realistic corpus: its figures mean something only if the corpus is the same on
// every run and looks like news at scale (hubs and a long tail, the relation forms, noise).
describe('bench news corpus', () => {
  const world = makeWorld(11);
  const articles = Array.from({ length: 400 }, (_, n) => newsArticle(world, n));

  it('writes the same bytes for the same seed, and other bytes for another', () => {
    expect(newsArticle(makeWorld(11), 7)).to.equal(articles[7]);
    expect(newsArticle(makeWorld(12), 7)).to.not.equal(articles[7]);
  });

  it('gives each article front matter like a real corpus file', () => {
    for (const text of articles.slice(0, 20)) {
      expect(text).to.match(
        /^---\ntitle: ".+"\noutlet: ".+"\npublished: \d{4}-\d\d-\d\d\nlanguage: en\n---\n/,
      );
    }
  });

  it('names a few people in many articles and most in one or two (Zipf hubs)', () => {
    const counts = new Map<string, number>();
    for (const text of articles) {
      const named = new Set(
        text.match(
          /(?:President|Prime Minister|Minister|envoy|spokesperson|Ambassador) (\p{Lu}\p{L}+ \p{Lu}[\p{L}'-]+)/gu,
        ),
      );
      for (const name of named) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0], 'the biggest hub').to.be.greaterThan(articles.length / 40);
    expect(sorted.filter((c) => c <= 2).length / sorted.length, 'the tail').to.be.greaterThan(0.5);
  });

  it('says relations in every form the extractor reads, among noise', () => {
    const all = articles.join('\n');
    for (const form of [
      / met with /,
      /Talks between /,
      / urged \p{Lu}/u,
      / called on /,
      / confirmed that /,
      / rejected \p{Lu}\S+'s proposal/u,
      / told (?:Reuters|Bloomberg|AFP|Axios|Politico|Kyodo|Yonhap|Anadolu)/,
      /^\p{Lu}+.*, \w+ \d+ \(.+\) —/mu,
      /^(?:He|She) added/m,
      / \((?:UN|NATO|IMF|WHO|EU)\)/,
      /\(Reporting by /,
    ]) {
      expect(all, String(form)).to.match(form);
    }
  });

  it('changes an article by adding to it, the same way every time', () => {
    const changed = changedNewsArticle(world, 3);
    expect(changed.startsWith(articles[3] as string)).to.equal(true);
    expect(changed).to.not.equal(articles[3]);
    expect(changedNewsArticle(makeWorld(11), 3)).to.equal(changed);
  });
});

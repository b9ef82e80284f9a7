import { expect } from 'chai';
import { readArticle } from '../../src/corpus/index.js';
import { extractArticle } from '../../src/extract/index.js';
import { mergeExtractions } from '../../src/graph/index.js';
import type { ArticleExtraction } from '../../src/model/types.js';
import { article } from '../extract/article.js';

const FILES = ['000_1b7203abec72d9dd', '002_0e3d89767e0d8685', '003_3db02aaac1c87e1d'];

describe('graph: mergeExtractions', () => {
  let corpus: ArticleExtraction[];
  before(async () => {
    corpus = await Promise.all(
      FILES.map(async (f) => extractArticle(await readArticle(`corpus/${f}.txt`))),
    );
  });

  it('should give the same graph for the same extractions in any order', () => {
    const expected = JSON.stringify(mergeExtractions(corpus));
    const [a, b, c] = corpus as [ArticleExtraction, ArticleExtraction, ArticleExtraction];
    for (const order of [
      [c, b, a],
      [b, a, c],
      [c, a, b],
      [a, c, b],
      [b, c, a],
    ]) {
      expect(JSON.stringify(mergeExtractions(order))).to.equal(expected);
    }
  });

  it('should resolve a surname in one article to the full name another article gives', () => {
    const graph = mergeExtractions(corpus);
    const trump = graph.entities.find((e) => e.id === 'person:donald-trump');
    expect(trump?.articles).to.deep.equal(['000_1b7203abec72d9dd', '003_3db02aaac1c87e1d']);
    expect(trump?.aliases).to.include('Trump');
    expect(graph.entities.map((e) => e.id)).to.not.include('person:trump');
    expect(graph.mentions.filter((m) => m.entity === 'person:trump')).to.deep.equal([]);
  });

  it('should rewrite relation ends to the merged ids', () => {
    const one = extractArticle(article('Mr. Witkoff met Kim Jong Un in Singapore.', 'a'));
    const two = extractArticle(article('White House envoy Steve Witkoff spoke.', 'b'));
    expect(one.relations.map((r) => r.target)).to.deep.equal(['person:witkoff']);
    const graph = mergeExtractions([one, two]);
    const met = graph.relations.filter((r) => r.type === 'MET_WITH');
    expect(met.map((r) => [r.source, r.target])).to.deep.equal([
      ['person:kim-jong-un', 'person:steve-witkoff'],
    ]);
    expect(graph.mentions.map((m) => m.entity)).to.not.include('person:witkoff');
  });

  it('should never merge across types', () => {
    const graph = mergeExtractions([
      extractArticle(article('Jordan met Iraqi officials.', 'a')),
      extractArticle(article('Coach Michael Jordan spoke.', 'b')),
    ]);
    expect(graph.entities.map((e) => e.id)).to.include.members([
      'country:jor',
      'person:michael-jordan',
    ]);
  });

  it('should resolve an acronym alone in one article to the organisation another spells out', () => {
    const defined = extractArticle(
      article(
        'FRANKFURT (Reuters) - The European Banking Authority (EBA) warned lenders on Monday about their exposure to commercial property.',
        'a',
      ),
    );
    const later = extractArticle(
      article('The EBA met with Deutsche Bank executives in Paris on Thursday.', 'b'),
    );
    const graph = mergeExtractions([defined, later]);
    const eba = graph.entities.find((e) => e.id === 'organization:european-banking-authority');
    expect(eba?.articles).to.deep.equal(['a', 'b']);
    expect(graph.entities.map((e) => e.id)).to.not.include('organization:eba');
    expect(graph.relations.map((r) => [r.source, r.target]).flat()).to.not.include(
      'organization:eba',
    );
  });

  it('should leave an acronym two organisations claim unmerged', () => {
    const graph = mergeExtractions([
      extractArticle(article('The Chartered Institute of Arbitrators (CIA) met in London.', 'a')),
      extractArticle(article('The Central Intelligence Agency (CIA) declined to comment.', 'b')),
      extractArticle(article('The CIA said on Friday that it had no comment.', 'c')),
    ]);
    expect(graph.entities.find((e) => e.name === 'CIA')?.articles).to.deep.equal(['c']);
  });

  it('should leave a short name two full names share unmerged', () => {
    const graph = mergeExtractions([
      extractArticle(article('Coach Pep Guardiola spoke.', 'a')),
      extractArticle(article('Coach Ana Guardiola spoke.', 'b')),
      extractArticle(article('Then Guardiola’s team won.', 'c')),
    ]);
    expect(graph.entities.map((e) => e.id)).to.include('person:guardiola');
  });
});

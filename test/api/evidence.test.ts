import { expect } from 'chai';
import type { Express } from 'express';
import { UndirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path';
import request from 'supertest';
import { DEFAULT_FILTERS } from '../../src/model/filters.js';
import type { ArticleDetail, EdgeEvidence, SearchHit } from '../../src/model/read-models.js';
import type { GraphView, PathView, QuotedSentences } from '../../web/shared/api-types.js';
import { createApp } from '../../web/server/app.js';
import { serve } from '../../web/server/serve.js';
import { query, testNeo4jConfig, testWriter } from '../support/neo4j.js';
import { graphSnapshot } from '../support/snapshot.js';
import {
  ingestCorpus,
  XSS_ARTICLE_ID,
  XSS_PAYLOAD,
  type IngestedCorpus,
} from './support/ingested-corpus.js';

describe('GET /api/relations: the evidence between two entities (real test Neo4j)', () => {
  let corpus: IngestedCorpus;
  let app: Express;
  let witkoff: string;
  let netanyahu: string;

  const get = async <T>(path: string, status = 200): Promise<T> => {
    const response = await request(app).get(path);
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).to.equal(status);
    expect(response.type).to.equal('application/json');
    return response.body as T;
  };
  const between = (source: string, target: string, extra = '') =>
    `/api/relations?source=${encodeURIComponent(source)}&target=${encodeURIComponent(target)}${extra}`;
  const idOf = async (q: string) => {
    const [hit] = (await corpus.store.search(q, 1)) as SearchHit[];
    expect(hit, `no hit for ${q}`).to.not.equal(undefined);
    return (hit as SearchHit).id;
  };

  before(async function () {
    this.timeout(180_000);
    corpus = await ingestCorpus();
    app = createApp({ store: corpus.store, log: () => undefined });
    witkoff = await idOf('Steve Witkoff');
    netanyahu = await idOf('Benjamin Netanyahu');
  });
  after(() => corpus?.close());

  it('should give every relation between the two, each with its sentence, trigger and article', async () => {
    const body = await get<EdgeEvidence>(between(witkoff, netanyahu));
    expect(body.source).to.include({ id: witkoff, name: 'Steve Witkoff', type: 'Person' });
    expect(body.target).to.include({ id: netanyahu, name: 'Benjamin Netanyahu' });
    expect(body.relations.length).to.be.greaterThan(0);
    for (const r of body.relations) {
      expect(r.other.id).to.equal(netanyahu);
      expect(r.evidence).to.not.equal('');
      expect(r.evidence.toLowerCase()).to.contain(r.trigger.toLowerCase());
      expect(r.article.title).to.not.equal(r.article.id);
      expect(r.modality).to.be.a('string');
      expect(r.confidence).to.be.within(0, 1);
    }
    const met = body.relations.filter((r) => r.type === 'MET_WITH');
    expect(met.map((r) => r.evidence).join(' ')).to.contain('meetings in Israel');
    for (const r of met) expect(r.direction).to.equal('both');

    // The same evidence read from the other end: the pair is unordered.
    const back = await get<EdgeEvidence>(between(netanyahu, witkoff));
    expect(back.relations.map((r) => r.id).sort()).to.deep.equal(
      body.relations.map((r) => r.id).sort(),
    );
    for (const r of back.relations) expect(r.other.id).to.equal(witkoff);
  });

  it('should keep only the evidence that passes the view filters', async () => {
    const all = await get<EdgeEvidence>(between(witkoff, netanyahu));
    const types = [...new Set(all.relations.map((r) => r.type))];
    const none = await get<EdgeEvidence>(
      between(
        witkoff,
        netanyahu,
        `&relations=${types.includes('PRESSURED') ? 'REJECTED' : 'PRESSURED'}`,
      ),
    );
    expect(none.relations).to.deep.equal([]);
    const metOnly = await get<EdgeEvidence>(between(witkoff, netanyahu, '&relations=MET_WITH'));
    expect(metOnly.relations.length).to.be.greaterThan(0);
    expect([...new Set(metOnly.relations.map((r) => r.type))]).to.deep.equal(['MET_WITH']);
    const elsewhere = await get<EdgeEvidence>(
      between(witkoff, netanyahu, `&articles=${encodeURIComponent(XSS_ARTICLE_ID)}`),
    );
    for (const r of elsewhere.relations) expect(r.article.id).to.equal(XSS_ARTICLE_ID);
    const sure = await get<EdgeEvidence>(between(witkoff, netanyahu, '&minConfidence=1'));
    for (const r of sure.relations) expect(r.confidence).to.equal(1);
    const later = await get<EdgeEvidence>(between(witkoff, netanyahu, '&from=2030-01-01'));
    expect(later.relations).to.deep.equal([]);
    const onlyCountries = await get<EdgeEvidence>(between(witkoff, netanyahu, '&types=Country'));
    expect(onlyCountries.relations).to.deep.equal([]);
  });

  it('should answer 404 for an entity that does not exist', async () => {
    const body = await get<{ error: string }>(between(witkoff, 'person:nobody-at-all'), 404);
    expect(body.error).to.contain('person:nobody-at-all');
    await get(between('country:atlantis', netanyahu), 404);
  });

  it('should answer 400 for a bad, missing or repeated id and a bad filter', async () => {
    for (const path of [
      between('<script>', netanyahu),
      between(witkoff, 'a b'),
      `/api/relations?source=${encodeURIComponent(witkoff)}`,
      between(witkoff, witkoff),
      between(witkoff, netanyahu, '&minConfidence=2'),
      between(witkoff, netanyahu, '&relations=LOVED'),
      between(witkoff, netanyahu, '&limit=5'),
    ]) {
      const body = await get<{ error: string }>(path, 400);
      expect(body.error).to.match(/^api: /);
    }
  });

  it('should give the article of each piece of evidence: its metadata and evidence sentences', async () => {
    const { relations } = await get<EdgeEvidence>(between(witkoff, netanyahu));
    for (const id of new Set(relations.map((r) => r.article.id))) {
      const article = await get<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`);
      const cited = relations.filter((r) => r.article.id === id);
      expect(article).to.include({ id, title: cited[0]?.article.title });
      expect(article.source).to.be.a('string');
      expect(article.relations).to.be.at.least(cited.length);
      // Every sentence cited is among the article's, each once, in reading order.
      const texts = article.sentences.map((s) => s.text);
      for (const r of cited) expect(texts).to.include(r.evidence);
      expect(new Set(texts).size).to.equal(texts.length);
      const starts = article.sentences.map((s) => s.start);
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    }
  });

  it("should send an article's markup as data, say when it is undated, and refuse bad ids", async () => {
    const probe = await get<ArticleDetail>(`/api/articles/${encodeURIComponent(XSS_ARTICLE_ID)}`);
    expect(JSON.stringify(probe)).to.contain(XSS_PAYLOAD);
    const undated = await get<ArticleDetail>('/api/articles/002_0e3d89767e0d8685');
    expect(undated.published).to.equal(undefined);
    expect(undated.sentences.length).to.be.greaterThan(0);
    await get('/api/articles/no-such-article', 404);
    for (const bad of ['a%2Cb', 'a%0Ab', 'x?extra=1']) {
      const body = await get<{ error: string }>(`/api/articles/${bad}`, 400);
      expect(body.error).to.match(/^api: /);
    }
  });

  describe('co-mentions (kept by ingest from the stored mentions)', () => {
    const coEdges = (view: GraphView) => view.edges.filter((e) => e.type === 'CO_MENTIONED');

    it('should keep CO_MENTIONED exactly what the mentions say, and count an older store', async () => {
      const fromMentions = () =>
        query(
          corpus.driver,
          `MATCH (s:Entity)-[m:MENTIONED_IN]->(a:Article)<-[n:MENTIONED_IN]-(t:Entity)
           WHERE s.id < t.id
           WITH s, t, size([x IN m.sentences WHERE x IN n.sentences]) AS shared
           RETURN s.id AS source, t.id AS target, count(*) AS articles, sum(shared) AS sentences
           ORDER BY source, target`,
        );
      const stored = () =>
        query(
          corpus.driver,
          `MATCH (s)-[c:CO_MENTIONED]->(t)
           RETURN s.id AS source, t.id AS target, c.articles AS articles, c.sentences AS sentences
           ORDER BY source, target`,
        );
      const expected = await fromMentions();
      expect(expected.length).to.be.greaterThan(100);
      const kept = await stored();
      expect(kept).to.deep.equal(expected);
      // A store written before co-mentions were kept (no co-mention indexes, and perhaps what a
      // counting that died left) is counted by the next run's schema step.
      await query(corpus.driver, 'MATCH ()-[c:CO_MENTIONED]->() WITH c LIMIT 10 DELETE c');
      for (const name of ['co_mentioned_articles', 'co_mentioned_sentences']) {
        await query(corpus.driver, `DROP INDEX ${name}`);
      }
      await testWriter(corpus.driver).ensureSchema();
      expect(await stored()).to.deep.equal(expected);
    });

    it('should fold the relations of an older store into RELATED when it is served without an ingest', async () => {
      const folded = () => query(corpus.driver, 'MATCH ()-[f:RELATED]->() RETURN count(f) AS n');
      const [before] = await folded();
      expect(before?.n).to.be.greaterThan(10);
      // A store written before relations were folded: no index, and what a folding that died left.
      await query(corpus.driver, 'MATCH ()-[f:RELATED]->() WITH f LIMIT 10 DELETE f');
      await query(
        corpus.driver,
        "MATCH ()-[f:RELATED]->() WITH f LIMIT 5 SET f.count = 0, f.articles = ['stale']",
      );
      await query(corpus.driver, 'DROP INDEX related_count');
      // `npm run serve` on it, no ingest first: the first view reads the folded relations.
      const server = await serve({
        neo4j: testNeo4jConfig(),
        web: { host: '127.0.0.1', port: 0 },
        app: { log: () => undefined },
      });
      try {
        const response = await fetch(new URL('api/graph', server.url));
        expect(response.status).to.equal(200);
        expect(((await response.json()) as GraphView).edges.length).to.be.greaterThan(10);
      } finally {
        await server.close();
      }
      expect(await folded()).to.deep.equal([before]);
      await graphSnapshot(corpus.driver); // holds RELATED to the relations it folds
    });

    it('should draw weighted CO_MENTIONED edges beside the typed ones, reaching Oman', async () => {
      const oman = await idOf('Oman');
      const plain = await get<GraphView>('/api/graph');
      expect(coEdges(plain)).to.deep.equal([]);
      expect(plain.nodes.map((n) => n.id)).to.not.include(oman);

      const bySentence = await get<GraphView>('/api/graph?comention=sentence');
      const byArticle = await get<GraphView>('/api/graph?comention=article');
      expect(bySentence.nodes.map((n) => n.id)).to.include(oman);
      expect(bySentence.edges.filter((e) => e.type !== 'CO_MENTIONED')).to.deep.equal(plain.edges);
      const sentenceEdges = coEdges(bySentence);
      expect(sentenceEdges.length).to.be.greaterThan(0);
      const omanEdges = sentenceEdges.filter((e) => e.source === oman || e.target === oman);
      expect(omanEdges.length).to.be.greaterThan(0);
      const weights = new Map(coEdges(byArticle).map((e) => [e.id, e]));
      for (const edge of sentenceEdges) {
        expect(edge.source < edge.target, edge.id).to.equal(true);
        expect(edge.count).to.be.at.least(1);
        // Which articles is the edge panel's to say (a hub pair has thousands); how many, the edge's.
        expect(edge.articles).to.deep.equal([]);
        // The same pair by article: every article sharing a sentence shares the article.
        const same = weights.get(edge.id);
        expect(same, edge.id).to.not.equal(undefined);
        expect(same?.count).to.be.at.least(1);
        expect(edge.articleCount, edge.id).to.equal(same?.count);
        expect(same?.articleCount, edge.id).to.equal(same?.count);
      }
      // The count is the articles the edge panel lists for the pair.
      const [strongest] = coEdges(byArticle);
      const listed = await get<EdgeEvidence>(
        between(strongest?.source ?? '', strongest?.target ?? '', '&comention=article'),
      );
      expect(listed.coMentions?.length).to.equal(strongest?.articleCount);
      expect(listed.coMentionsTruncated).to.equal(undefined);
      // Cut at the panel's limit, the list says so (a hub pair has thousands).
      expect(strongest?.articleCount).to.be.at.least(2);
      const cut = await corpus.store.evidence(
        strongest?.source ?? '',
        strongest?.target ?? '',
        { ...DEFAULT_FILTERS, comention: 'article' },
        1,
      );
      expect(cut?.coMentions).to.have.length(1);
      expect(cut?.coMentionsTruncated).to.equal(true);
      // The first page counts each typed edge's articles too, without listing them.
      for (const edge of plain.edges) {
        expect(edge.articles).to.deep.equal([]);
        expect(edge.articleCount).to.be.within(1, edge.count);
      }
      // Oman is in all three corpus articles: by article it is co-mentioned in several.
      expect(
        Math.max(
          ...coEdges(byArticle)
            .filter((e) => e.source === oman || e.target === oman)
            .map((e) => e.count),
        ),
      ).to.be.at.least(2);
    });

    it('should honour the article and type filters, not the confidence filter', async () => {
      const one = await get<GraphView>(
        `/api/graph?comention=sentence&articles=${encodeURIComponent(XSS_ARTICLE_ID)}`,
      );
      expect(coEdges(one).length).to.be.greaterThan(0);
      for (const edge of coEdges(one)) {
        const shared = await get<EdgeEvidence>(
          between(
            edge.source,
            edge.target,
            `&comention=sentence&articles=${encodeURIComponent(XSS_ARTICLE_ID)}`,
          ),
        );
        expect(shared.coMentions?.map((c) => c.article.id)).to.deep.equal([XSS_ARTICLE_ID]);
        // The sentences that name both, by index, as many as the edge's weight.
        const sentences = shared.coMentions?.[0]?.sentences ?? [];
        expect(sentences).to.have.length(edge.count);
        for (const index of sentences) expect(index).to.be.a('number').and.at.least(0);
        // A narrowed view pairs from its articles' mentions, so its co-mentions name them.
        expect(edge.articles).to.deep.equal([XSS_ARTICLE_ID]);
        expect(edge.articleCount).to.equal(1);
      }
      const people = await get<GraphView>('/api/graph?comention=sentence&types=Person');
      const types = new Map(people.nodes.map((n) => [n.id, n.type]));
      for (const edge of coEdges(people)) {
        expect(types.get(edge.source)).to.equal('Person');
        expect(types.get(edge.target)).to.equal('Person');
      }
      const sure = await get<GraphView>('/api/graph?comention=sentence&minConfidence=1');
      expect(coEdges(sure).length).to.equal(
        coEdges(await get<GraphView>('/api/graph?comention=sentence')).length,
      );
      const later = await get<GraphView>(
        '/api/graph?comention=article&from=2030-01-01&undated=false',
      );
      expect(coEdges(later)).to.deep.equal([]);
    });

    it('should expand, find paths and give the evidence of a co-mention', async () => {
      const oman = await idOf('Oman');
      const alone = await get<GraphView>(`/api/entities/${encodeURIComponent(oman)}/neighbours`);
      expect(alone.nodes.map((n) => n.id)).to.deep.equal([oman]);
      const near = await get<GraphView>(
        `/api/entities/${encodeURIComponent(oman)}/neighbours?comention=sentence`,
      );
      expect(near.nodes.length).to.be.greaterThan(1);
      expect(coEdges(near).length).to.be.greaterThan(0);

      const path = await get<PathView>(
        `/api/graph/path?comention=sentence&source=${encodeURIComponent(oman)}&target=${encodeURIComponent(netanyahu)}`,
      );
      expect(path.path[0]).to.equal(oman);
      expect(path.path.at(-1)).to.equal(netanyahu);
      expect(path.pathEdges).to.have.length(path.path.length - 1);
      const drawn = new Set(path.edges.map((e) => e.id));
      for (const id of path.pathEdges) expect(drawn.has(id), id).to.equal(true);
      expect(path.pathEdges.some((id) => id.startsWith('CO_MENTIONED:'))).to.equal(true);
      await get(
        `/api/graph/path?source=${encodeURIComponent(oman)}&target=${encodeURIComponent(netanyahu)}`,
      ).then((p) => expect((p as PathView).path).to.deep.equal([]));

      const [first] = coEdges(near);
      const shared = await get<EdgeEvidence>(
        between(first?.source ?? '', first?.target ?? '', '&comention=sentence'),
      );
      expect(shared.coMentions?.reduce((n, c) => n + c.sentences.length, 0)).to.equal(first?.count);
      const byArticle = await get<EdgeEvidence>(
        between(first?.source ?? '', first?.target ?? '', '&comention=article'),
      );
      expect(byArticle.coMentions?.length).to.be.at.least(shared.coMentions?.length ?? 0);
      const off = await get<EdgeEvidence>(between(first?.source ?? '', first?.target ?? ''));
      expect(off.coMentions).to.equal(undefined);

      // The sentences naming both, quoted on demand from the article's file for this one pair.
      const omans = coEdges(near).find((e) => e.source === oman || e.target === oman);
      const withOman = await get<EdgeEvidence>(
        between(omans?.source ?? '', omans?.target ?? '', '&comention=sentence'),
      );
      const [one] = withOman.coMentions ?? [];
      expect(one?.sentences.length).to.be.greaterThan(0);
      const at = one?.sentences ?? [];
      const quotes = `/api/articles/${encodeURIComponent(one?.article.id ?? '')}/sentences`;
      const quoted = await get<QuotedSentences>(`${quotes}?at=${at.join(',')}`);
      expect(quoted.sentences.map((s) => s.index)).to.deep.equal(at);
      for (const s of quoted.sentences) expect(s.text).to.match(/Oman/);
      await get(`${quotes}?at=one`, 400);
      await get(`${quotes}`, 400);
      await get(`/api/articles/no-such-article/sentences?at=0`, 404);
    });

    it('should step at the sentence grain only along edges the view draws, as few as it allows', async () => {
      // The whole view at each grain, as one undirected graph: the steps any path may take.
      const drawn = async (grain: string) => {
        const view = await get<GraphView>(`/api/graph?comention=${grain}`);
        expect(view.page.nextOffset).to.equal(null);
        expect(view.edgesTruncated).to.equal(false);
        const graph = new UndirectedGraph();
        for (const node of view.nodes) graph.addNode(node.id);
        for (const edge of view.edges) graph.mergeEdge(edge.source, edge.target);
        return { graph, edgeIds: new Set(view.edges.map((e) => e.id)) };
      };
      const bySentence = await drawn('sentence');
      const byArticle = await drawn('article');
      // From Oman, the nearest entity a shared article reaches in fewer steps than shared
      // sentences do: a path through shared articles would be too short here.
      const oman = await idOf('Oman');
      const far = singleSourceLength(bySentence.graph, oman);
      const near = singleSourceLength(byArticle.graph, oman);
      const [target] = Object.keys(far)
        .filter((id) => (near[id] ?? Infinity) < (far[id] ?? 0))
        .sort((a, b) => (far[a] ?? 0) - (far[b] ?? 0) || a.localeCompare(b));
      expect(target, 'a pair the two grains join differently').to.not.equal(undefined);

      const path = await get<PathView>(
        `/api/graph/path?comention=sentence&source=${encodeURIComponent(oman)}&target=${encodeURIComponent(target ?? '')}`,
      );
      expect(path.path[0]).to.equal(oman);
      expect(path.path.at(-1)).to.equal(target);
      expect(path.path.length - 1).to.equal(far[target ?? '']);
      expect(path.pathEdges).to.have.length(path.path.length - 1);
      const inPath = new Set(path.edges.map((e) => e.id));
      for (const [i, id] of path.pathEdges.entries()) {
        expect(bySentence.edgeIds.has(id), id).to.equal(true);
        expect(inPath.has(id), id).to.equal(true);
        const [from, to] = [path.path[i] ?? '', path.path[i + 1] ?? ''];
        expect(id.endsWith(`:${from}->${to}`) || id.endsWith(`:${to}->${from}`), id).to.equal(true);
        // "Explain this path": each hop has evidence under the view's own filters.
        const hop = await get<EdgeEvidence>(between(from, to, '&comention=sentence'));
        const sentences = (hop.coMentions ?? []).reduce((n, c) => n + c.sentences.length, 0);
        expect(hop.relations.length + sentences, `${from} — ${to}`).to.be.greaterThan(0);
      }
    });
  });
});

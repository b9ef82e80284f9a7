import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type {
  ArticleEdges,
  ArticleList,
  EntityDetail,
  SearchHit,
  Stats,
  Timeline,
} from '../../src/model/read-models.js';
import { RELATION_TYPES } from '../../src/model/types.js';
import { createApp } from '../../web/server/app.js';
import {
  GRAPH_LIMITS,
  type GraphView,
  type PathView,
  type StatsResponse,
} from '../../web/shared/api-types.js';
import {
  CORPUS_ARTICLES,
  ingestCorpus,
  XSS_ARTICLE_ID,
  type IngestedCorpus,
} from './support/ingested-corpus.js';

const WITKOFF_ARTICLE = '000_1b7203abec72d9dd';

describe('web/server API (against the real test Neo4j, corpus ingested)', () => {
  let corpus: IngestedCorpus;
  let app: Express;
  const logged: string[] = [];

  const get = async <T>(path: string, status = 200): Promise<T> => {
    const response = await request(app).get(path);
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).to.equal(status);
    expect(response.type).to.equal('application/json');
    return response.body as T;
  };
  const idOf = async (q: string) => {
    const { hits } = await get<{ hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(hits, `no hit for ${q}`).to.have.length.greaterThan(0);
    return (hits[0] as SearchHit).id;
  };

  before(async function () {
    this.timeout(180_000);
    corpus = await ingestCorpus();
    app = createApp({ store: corpus.store, log: (line) => logged.push(line) });
  });
  after(() => corpus?.close());

  describe('GET /api/stats', () => {
    it('should count articles, entities and relations per type', async () => {
      const stats = await get<StatsResponse>('/api/stats');
      expect(stats.articles).to.equal(CORPUS_ARTICLES + 1);
      expect(stats.entityTypes.Person).to.be.greaterThan(2);
      expect(stats.relationTypes.MET_WITH).to.be.greaterThan(0);
      expect(stats.relations).to.equal(
        Object.values(stats.relationTypes).reduce((a, b) => a + b, 0),
      );
      expect(stats.published).to.deep.equal({ from: '2026-02-04', to: '2026-02-05' });
      expect(stats.neo4jBrowserUrl).to.match(/^http:\/\/.+\/browser\/$/);
    });
  });

  describe('GET /api/graph', () => {
    // An unset filter adds no test to the queries (src/model/filters.ts): the default view
    // counts degrees straight from the store. Naming every article instead takes the path that
    // tests each relation; both must give the same view.
    it('should give the same entities, degrees and edges whether or not a filter keeps everything', async () => {
      const { articles } = await get<ArticleList>('/api/articles?limit=500');
      const all = articles.map((a) => a.id).join(',');
      const plain = await get<GraphView>('/api/graph');
      const tested = await get<GraphView>(`/api/graph?articles=${encodeURIComponent(all)}`);
      const byDegree = (page: GraphView) =>
        page.nodes.map((n) => `${n.id}:${n.degree}:${n.articles}`).sort();
      expect(plain.nodes.length).to.be.greaterThan(3);
      expect(byDegree(tested)).to.deep.equal(byDegree(plain));
      const edges = (page: GraphView) => page.edges.map((e) => `${e.id}:${e.count}`).sort();
      expect(edges(tested)).to.deep.equal(edges(plain));
    });

    it('should return a view whose edges all join nodes of the view', async () => {
      const page = await get<GraphView>('/api/graph');
      const ids = new Set(page.nodes.map((n) => n.id));
      expect(page.nodes.length).to.be.greaterThan(3);
      expect(page.edges.length).to.be.greaterThan(2);
      for (const edge of page.edges) {
        expect(ids.has(edge.source) && ids.has(edge.target), edge.id).to.equal(true);
      }
      expect(page.total.nodes).to.equal(page.nodes.length);
      expect(page.page.nextOffset).to.equal(null);
      expect(page.cypher).to.match(/^MATCH p = \(a:Entity\)-\[r\]->\(b:Entity\)/);
    });

    it('should hold Witkoff MET_WITH Netanyahu as one folded edge with both articles', async () => {
      const witkoff = await idOf('Steve Witkoff');
      const netanyahu = await idOf('Benjamin Netanyahu');
      const metWith = (view: GraphView) =>
        view.edges.find(
          (e) =>
            e.type === 'MET_WITH' &&
            [e.source, e.target].sort().join() === [witkoff, netanyahu].sort().join(),
        );
      // The first page of the whole graph counts an edge's articles; expand lists them too.
      const first = metWith(await get<GraphView>('/api/graph'));
      expect(first, 'MET_WITH edge').to.not.equal(undefined);
      expect(first?.articles).to.deep.equal([]);
      const expanded = metWith(
        await get<GraphView>(`/api/entities/${encodeURIComponent(witkoff)}/neighbours`),
      );
      expect(expanded?.articles).to.include(WITKOFF_ARTICLE);
      expect(expanded?.count).to.equal(expanded?.articles.length);
      expect(first?.articleCount).to.equal(expanded?.articles.length);
      expect(first?.count).to.equal(expanded?.count);
    });

    it('should keep only the relation types asked for', async () => {
      const all = await get<GraphView>('/api/graph');
      expect(new Set(all.edges.map((e) => e.type)).size).to.be.greaterThan(1);
      const page = await get<GraphView>('/api/graph?relations=MET_WITH');
      expect(page.edges).to.have.length.greaterThan(0);
      expect(page.edges.every((e) => e.type === 'MET_WITH')).to.equal(true);
      expect(page.edges.length).to.be.lessThan(all.edges.length);
    });

    it('should keep only the entity types asked for', async () => {
      const page = await get<GraphView>('/api/graph?types=Person&isolated=true');
      expect(page.nodes).to.have.length.greaterThan(0);
      expect(page.nodes.every((n) => n.type === 'Person')).to.equal(true);
    });

    it('should keep only relations stated in the given articles', async () => {
      const page = await get<GraphView>(`/api/graph?articles=${WITKOFF_ARTICLE}`);
      expect(page.edges).to.have.length.greaterThan(0);
      for (const edge of page.edges) expect(edge.articles).to.deep.equal([WITKOFF_ARTICLE]);
    });

    it('should take an article id with spaces (a file name with spaces)', async () => {
      const page = await get<GraphView>(
        `/api/graph?articles=${encodeURIComponent(XSS_ARTICLE_ID)}`,
      );
      expect(page.edges).to.have.length.greaterThan(0);
      for (const edge of page.edges) expect(edge.articles).to.deep.equal([XSS_ARTICLE_ID]);
    });

    it('should filter by published date, keeping undated articles unless told not to', async () => {
      const { articles } = await get<ArticleList>('/api/articles?limit=500');
      const undated = articles.filter((a) => a.published === undefined).map((a) => a.id);
      expect(undated.length).to.be.greaterThan(0);
      const late = await get<GraphView>('/api/graph?from=2026-02-05&undated=false');
      expect(late.edges).to.have.length.greaterThan(0);
      for (const edge of late.edges) expect(edge.articles).to.deep.equal([XSS_ARTICLE_ID]);
      const lateOrUndated = await get<GraphView>('/api/graph?from=2026-02-05');
      const cited = new Set(lateOrUndated.edges.flatMap((e) => e.articles));
      expect([...cited].sort()).to.deep.equal([XSS_ARTICLE_ID, ...undated].sort());
      const early = await get<GraphView>('/api/graph?to=2026-02-04');
      for (const edge of early.edges) expect(edge.articles).to.not.include(XSS_ARTICLE_ID);
      const none = await get<GraphView>('/api/graph?from=2030-01-01&undated=false');
      expect(none.nodes).to.deep.equal([]);
      const onlyUndated = await get<GraphView>('/api/graph?from=2030-01-01');
      for (const edge of onlyUndated.edges) {
        for (const id of edge.articles) expect(undated).to.include(id);
      }
    });

    it('should drop relations below the minimum confidence', async () => {
      const all = await get<GraphView>('/api/graph');
      const confidences = all.edges.map((e) => e.confidence).sort();
      const cut = confidences[Math.floor(confidences.length / 2)] as number;
      const page = await get<GraphView>(`/api/graph?minConfidence=${cut}`);
      expect(page.edges.every((e) => e.confidence >= cut)).to.equal(true);
      const strict = await get<GraphView>('/api/graph?minConfidence=1');
      expect(strict.edges.length).to.be.lessThan(all.edges.length);
    });

    it('should keep the entities matching a search term and their neighbours', async () => {
      const witkoff = await idOf('Witkoff');
      const page = await get<GraphView>('/api/graph?q=Witkoff');
      const ids = page.nodes.map((n) => n.id);
      expect(ids).to.include(witkoff);
      expect(ids).to.include(await idOf('Netanyahu'));
      const all = await get<GraphView>('/api/graph');
      expect(page.nodes.length).to.be.lessThan(all.nodes.length);
      expect(page.cypher).to.contain(witkoff);
    });

    it('should page the entities: pages are disjoint and add up to the whole view', async () => {
      const all = await get<GraphView>('/api/graph');
      const first = await get<GraphView>('/api/graph?limit=2');
      expect(first.nodes).to.have.length(2);
      expect(first.page).to.deep.equal({ offset: 0, limit: 2, nextOffset: 2 });
      expect(first.total.nodes).to.equal(all.total.nodes);
      const ids = new Set(first.nodes.map((n) => n.id));
      const edges = new Set(first.edges.map((e) => e.id));
      let next: number | null = 2;
      while (next !== null) {
        const page: GraphView = await get<GraphView>(`/api/graph?limit=2&offset=${next}`);
        for (const node of page.nodes) {
          expect(ids.has(node.id), node.id).to.equal(false);
          ids.add(node.id);
        }
        for (const edge of page.edges) {
          expect(edges.has(edge.id), edge.id).to.equal(false);
          edges.add(edge.id);
        }
        next = page.page.nextOffset;
      }
      expect([...ids].sort()).to.deep.equal(all.nodes.map((n) => n.id).sort());
      expect([...edges].sort()).to.deep.equal(all.edges.map((e) => e.id).sort());
    });

    for (const [query, why] of [
      ['types=Persn', 'an unknown entity type'],
      ['relations=MET_WITH,KISSED', 'an unknown relation type'],
      ['relations=MENTIONED_IN', 'the mention relationship, which is not a relation'],
      ['minConfidence=1.5', 'a confidence above 1'],
      ['minConfidence=high', 'a confidence that is not a number'],
      ['from=04/02/2026', 'a date not in YYYY-MM-DD'],
      ['from=2026-02-06&to=2026-02-01', 'a range that ends before it starts'],
      [`limit=${GRAPH_LIMITS.maxNodes + 1}`, 'a limit over the cap'],
      ['limit=0', 'a zero limit'],
      ['offset=-1', 'a negative offset'],
      ['articles=a%0Ab', 'an article id with a control character'],
      ['relation=MET_WITH', 'an unknown parameter (a typo of relations)'],
    ]) {
      it(`should answer 400 with a JSON error for ${why}`, async () => {
        const body = await get<{ error: string }>(`/api/graph?${query}`, 400);
        expect(body).to.have.keys(['error']);
        expect(body.error).to.match(/^api: /);
      });
    }
  });

  describe('GET /api/entities/:id', () => {
    it('should give names, role, articles and every relation with its evidence', async () => {
      const id = await idOf('Steve Witkoff');
      const entity = await get<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`);
      expect(entity.name).to.equal('Steve Witkoff');
      expect(entity.type).to.equal('Person');
      expect(entity.aliases).to.include('Steve Witkoff');
      expect(entity.articles.map((a) => a.id)).to.include(WITKOFF_ARTICLE);
      const met = entity.relations.find(
        (r) =>
          r.type === 'MET_WITH' &&
          r.other.name === 'Benjamin Netanyahu' &&
          r.article.id === WITKOFF_ARTICLE,
      );
      expect(met, 'MET_WITH Netanyahu').to.not.equal(undefined);
      expect(met?.direction).to.equal('both');
      expect(met?.evidence).to.contain('meetings in Israel with Prime Minister Benjamin Netanyahu');
      expect(met?.evidence.toLowerCase()).to.contain(met?.trigger.toLowerCase());
      expect(met?.article.title).to.equal(
        'U.S.-Iran nuclear talks back on after appeals from regional allies',
      );
      expect(met?.article.published).to.match(/^2026-02-04/);
      expect(entity.relationsTotal).to.equal(entity.relations.length);
    });

    it('should cap the relations listed but still count them all', async () => {
      const id = await idOf('Steve Witkoff');
      const entity = await get<EntityDetail>(`/api/entities/${encodeURIComponent(id)}?relations=1`);
      expect(entity.relations).to.have.length(1);
      expect(entity.relationsTotal).to.be.greaterThan(1);
    });

    it('should answer 404 for an unknown id and 400 for a malformed one', async () => {
      await get('/api/entities/person:nobody-at-all', 404);
      await get(`/api/entities/${encodeURIComponent('a b<c>')}`, 400);
    });

    it('should list the filtered neighbours of an entity', async () => {
      const witkoff = await idOf('Steve Witkoff');
      const page = await get<GraphView>(
        `/api/entities/${encodeURIComponent(witkoff)}/neighbours?relations=MET_WITH`,
      );
      const names = page.nodes.map((n) => n.name);
      expect(names).to.include('Benjamin Netanyahu');
      expect(page.edges.every((e) => e.type === 'MET_WITH')).to.equal(true);
    });
  });

  describe('GET /api/graph/path', () => {
    it('should find a shortest path through relations and name its edges', async () => {
      const witkoff = await idOf('Steve Witkoff');
      const netanyahu = await idOf('Benjamin Netanyahu');
      const result = await get<PathView>(
        `/api/graph/path?source=${encodeURIComponent(witkoff)}&target=${encodeURIComponent(netanyahu)}`,
      );
      expect(result.path).to.deep.equal([witkoff, netanyahu]);
      expect(result.pathEdges).to.have.length(1);
      const edgeIds = result.edges.map((e) => e.id);
      for (const id of result.pathEdges) expect(edgeIds).to.include(id);
    });

    it('should return an empty path when the filters leave none', async () => {
      const witkoff = await idOf('Steve Witkoff');
      const netanyahu = await idOf('Benjamin Netanyahu');
      const result = await get<PathView>(
        `/api/graph/path?source=${encodeURIComponent(witkoff)}&target=${encodeURIComponent(netanyahu)}&relations=REPORTED_BY`,
      );
      expect(result.path).to.deep.equal([]);
    });

    it('should refuse a path from an entity to itself', async () => {
      const witkoff = encodeURIComponent(await idOf('Steve Witkoff'));
      await get(`/api/graph/path?source=${witkoff}&target=${witkoff}`, 400);
    });
  });

  describe('GET /api/search', () => {
    it('should match name prefixes', async () => {
      const { hits } = await get<{ hits: SearchHit[] }>('/api/search?q=netan');
      expect(hits[0]?.name).to.equal('Benjamin Netanyahu');
    });

    it('should forgive a typo', async () => {
      const { hits } = await get<{ hits: SearchHit[] }>('/api/search?q=witkof');
      expect(hits[0]?.name).to.equal('Steve Witkoff');
    });

    it('should match aliases and say which one matched', async () => {
      const { hits } = await get<{ hits: SearchHit[] }>('/api/search?q=Araghchi');
      expect(hits[0]?.name).to.match(/Araghchi/);
      const { hits: byWord } = await get<{ hits: SearchHit[] }>('/api/search?q=rubio');
      expect(byWord[0]?.name).to.equal('Marco Rubio');
      expect(byWord[0]?.matched.toLowerCase()).to.contain('rubio');
    });

    it('should ignore Lucene syntax typed into the box', async () => {
      const search = async (q: string) =>
        (await get<{ hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}`)).hits;
      expect((await search('witkoff)~^ "')).map((h) => h.name)).to.deep.equal(['Steve Witkoff']);
      expect(await search('*:*')).to.deep.equal([]);
      expect(await search('name:* OR id:*')).to.deep.equal([]);
    });

    it('should answer 400 without a query', async () => {
      await get('/api/search', 400);
      await get('/api/search?q=%20', 400);
    });
  });

  describe('GET /api/timeline', () => {
    it('should count the evidence by published day over the whole range, and the undated', async () => {
      const stats = await get<Stats>('/api/stats');
      const all = await get<Timeline>('/api/timeline');
      const dated = all.days.reduce((n, d) => n + d.evidence, 0);
      expect(dated + all.undated.evidence).to.equal(stats.relations);
      expect(all.undated.evidence).to.be.greaterThan(0);
      expect(all.days[0]?.date).to.equal(stats.published.from);
      expect(all.days.at(-1)?.date).to.equal(stats.published.to);
      // The date range and `undated` do not narrow it: it is what the brush picks from.
      expect(await get<Timeline>('/api/timeline?from=2030-01-01&undated=false')).to.deep.equal(all);
      const met = await get<Timeline>('/api/timeline?relations=MET_WITH');
      const metTotal = met.days.reduce((n, d) => n + d.evidence, met.undated.evidence);
      expect(metTotal).to.equal(stats.relationTypes.MET_WITH);
      // Every type is counted from the articles' own counts; one type, from its relations: the
      // types' timelines add up to the whole one, day by day.
      const byDay = new Map<string, number>();
      for (const type of RELATION_TYPES) {
        const one = await get<Timeline>(`/api/timeline?relations=${type}`);
        for (const d of [...one.days, { date: 'undated', ...one.undated }]) {
          byDay.set(d.date, (byDay.get(d.date) ?? 0) + d.evidence);
        }
      }
      const days = [...all.days, { date: 'undated', ...all.undated }];
      const counted = (entries: [string, number][]) =>
        Object.fromEntries(entries.filter(([, n]) => n > 0));
      expect(counted(days.map((d) => [d.date, d.evidence]))).to.deep.equal(counted([...byDay]));
      const one = await get<Timeline>(
        `/api/timeline?articles=${encodeURIComponent(XSS_ARTICLE_ID)}`,
      );
      expect(one.days.map((d) => d.date)).to.deep.equal(['2026-02-05']);
      expect(one.undated).to.deep.equal({ evidence: 0, articles: 0 });
      const body = await get<{ error: string }>('/api/timeline?limit=3', 400);
      expect(body.error).to.match(/^api: /);
    });
  });

  describe('GET /api/export/evidence.csv', () => {
    it('should give every piece of evidence under the filters with its sentence, article and date', async () => {
      const stats = await get<Stats>('/api/stats');
      const response = await request(app).get('/api/export/evidence.csv');
      expect(response.status).to.equal(200);
      expect(response.type).to.equal('text/csv');
      const csv = response.text;
      expect(csv.split('\r\n')[0]).to.equal(
        'source_id,source,source_type,relation,target_id,target,target_type,sentence,trigger,confidence,modality,claim,cameo,article_id,article_title,outlet,published',
      );
      // Every relation once: its id-bearing first cell starts a record (ids hold no quote).
      const records = csv.split('\r\n').filter((line) => /^[a-z]+:[^,]*,/.test(line));
      expect(records.length).to.equal(stats.relations);
      expect(csv).to.contain('2026-02-05');
      expect(csv).to.contain(XSS_ARTICLE_ID);
      const met = await request(app).get('/api/export/evidence.csv?relations=MET_WITH');
      const metRecords = met.text.split('\r\n').filter((line) => /^[a-z]+:[^,]*,/.test(line));
      expect(metRecords.length).to.equal(stats.relationTypes.MET_WITH);
      for (const line of metRecords) expect(line).to.contain(',MET_WITH,');
      expect((await request(app).get('/api/export/evidence.csv?limit=1')).status).to.equal(400);
    });
  });

  describe('GET /api/articles', () => {
    it('should list articles, newest first, with entity and relation counts', async () => {
      const list = await get<ArticleList>('/api/articles');
      expect(list.total).to.equal(CORPUS_ARTICLES + 1);
      expect(list.articles[0]?.id).to.equal(XSS_ARTICLE_ID);
      const witkoff = list.articles.find((a) => a.id === WITKOFF_ARTICLE);
      expect(witkoff?.entities).to.be.greaterThan(3);
      expect(witkoff?.relations).to.be.greaterThan(0);
      const stats = await get<StatsResponse>('/api/stats');
      expect(list.articles.reduce((n, a) => n + a.relations, 0)).to.equal(stats.relations);
    });

    it('should filter by title and page', async () => {
      const list = await get<ArticleList>('/api/articles?q=rejected');
      expect(list.articles.map((a) => a.id)).to.deep.equal(['003_3db02aaac1c87e1d']);
      const paged = await get<ArticleList>('/api/articles?limit=1&offset=1');
      expect(paged.articles).to.have.length(1);
      expect(paged.total).to.equal(CORPUS_ARTICLES + 1);
    });
  });

  describe('GET /api/article-edges', () => {
    const sorted = (ids: readonly string[]) => [...ids].sort();

    it('should give each listed article exactly the edges of a view it is evidence for', async () => {
      // A view that tests its relations lists each edge's articles: the oracle.
      const listed = await get<GraphView>(
        `/api/graph?limit=${GRAPH_LIMITS.maxNodes}&minConfidence=0.01`,
      );
      const backed = await get<ArticleEdges>('/api/article-edges?minConfidence=0.01');
      expect(backed.articles.length).to.be.greaterThan(3);
      for (const { id, edges } of backed.articles) {
        const expected = listed.edges.filter((e) => e.articles.includes(id)).map((e) => e.id);
        expect(sorted(edges), id).to.deep.equal(sorted(expected));
      }
      // The first page lists no article of its edges; the articles backing each are its count.
      const first = await get<GraphView>('/api/graph');
      const all = await get<ArticleEdges>('/api/article-edges');
      expect(first.edges.length).to.be.greaterThan(3);
      for (const edge of first.edges) {
        expect(edge.articles).to.deep.equal([]);
        const backing = all.articles.filter((a) => a.edges.includes(edge.id));
        expect(backing.length, edge.id).to.equal(edge.articleCount);
      }
      const metWith = await get<ArticleEdges>('/api/article-edges?relations=MET_WITH');
      const types = metWith.articles.flatMap((a) => a.edges.map((e) => e.split(':')[0]));
      expect(new Set(types)).to.deep.equal(new Set(['MET_WITH']));
    });

    it("should add the co-mentions of an article at the view's grain, and page as /api/articles does", async () => {
      for (const grain of ['sentence', 'article']) {
        const own = await get<GraphView>(
          `/api/graph?articles=${WITKOFF_ARTICLE}&comention=${grain}&limit=${GRAPH_LIMITS.maxNodes}`,
        );
        const backed = await get<ArticleEdges>(
          `/api/article-edges?q=${WITKOFF_ARTICLE}&comention=${grain}`,
        );
        expect(backed.articles.map((a) => a.id)).to.deep.equal([WITKOFF_ARTICLE]);
        const edges = backed.articles[0]?.edges ?? [];
        expect(edges.some((e) => e.startsWith('CO_MENTIONED:'))).to.equal(true);
        expect(sorted(edges), grain).to.deep.equal(sorted(own.edges.map((e) => e.id)));
      }
      const list = await get<ArticleList>('/api/articles?limit=3&offset=2');
      const paged = await get<ArticleEdges>('/api/article-edges?limit=3&offset=2');
      const ids = list.articles.map((a) => a.id);
      expect(paged.articles.map((a) => a.id).every((id) => ids.includes(id))).to.equal(true);
      await get('/api/article-edges?minConfidence=2', 400);
      await get('/api/article-edges?isolated=true', 400);
    });
  });

  describe('errors and security', () => {
    it('should answer 404 JSON for an unknown API path', async () => {
      await get('/api/nothing-here', 404);
    });

    it('should refuse a huge URL with 414', async () => {
      const response = await request(app).get(`/api/graph?q=${'x'.repeat(9000)}`);
      expect(response.status).to.equal(414);
    });

    it('should send a CSP that allows only its own scripts, plus blob: workers for the layout', async () => {
      const response = await request(app).get('/');
      expect(response.status).to.equal(200);
      const csp = response.headers['content-security-policy'] as string;
      expect(csp).to.contain("script-src 'self'");
      expect(csp).to.contain("worker-src 'self' blob:");
      expect(csp).to.contain("object-src 'none'");
      expect(csp).to.not.contain('unsafe-inline');
      expect(response.headers['x-content-type-options']).to.equal('nosniff');
    });

    it('should never send the Neo4j password', async () => {
      for (const path of ['/api/stats', '/api/graph', '/api/articles']) {
        const response = await request(app).get(path);
        expect(response.text).to.not.contain(
          process.env.NEWSGRAPH_TEST_NEO4J_PASSWORD ?? 'newsgraph-local',
        );
      }
    });
  });
});

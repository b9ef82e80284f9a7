import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../web/server/app.js';
import { graphSnapshot } from '../support/snapshot.js';
import { ingestCorpus, type IngestedCorpus } from './support/ingested-corpus.js';

// Strings that would change a query if any parameter were spliced into Cypher or Lucene.
const PAYLOADS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  'Person`:Article',
  '$ids',
  '*:*',
  'a" OR name:*',
  '1; CALL dbms.killQueries([])',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\u0000',
];

const WITKOFF = 'person:steve-witkoff';
const EDGE = `/api/relations?source=${WITKOFF}&target=person:benjamin-netanyahu`;

// Every parameter of every endpoint, with the path it is sent to.
const PARAMETERS: readonly (readonly [path: string, parameter: string])[] = [
  ['/api/graph', 'types'],
  ['/api/graph', 'relations'],
  ['/api/graph', 'articles'],
  ['/api/graph', 'from'],
  ['/api/graph', 'to'],
  ['/api/graph', 'minConfidence'],
  ['/api/graph', 'q'],
  ['/api/graph', 'limit'],
  ['/api/graph', 'offset'],
  ['/api/graph', 'isolated'],
  ['/api/graph/path', 'source'],
  ['/api/graph/path', 'target'],
  [`/api/entities/${WITKOFF}`, 'relations'],
  [`/api/entities/${WITKOFF}/neighbours`, 'limit'],
  ['/api/search', 'q'],
  ['/api/search', 'limit'],
  ['/api/search', 'types'],
  ['/api/articles', 'q'],
  ['/api/articles', 'limit'],
  ['/api/articles', 'offset'],
  [`/api/relations?target=${WITKOFF}`, 'source'],
  [`/api/relations?source=${WITKOFF}`, 'target'],
  [EDGE, 'types'],
  [EDGE, 'relations'],
  [EDGE, 'articles'],
  [EDGE, 'from'],
  [EDGE, 'to'],
  [EDGE, 'minConfidence'],
];

describe('web/server API against injection (real test Neo4j, corpus ingested)', function () {
  this.timeout(180_000);
  let corpus: IngestedCorpus;
  let app: Express;

  before(async () => {
    corpus = await ingestCorpus();
    app = createApp({ store: corpus.store, log: () => {} });
  });
  after(() => corpus?.close());

  it('should answer every payload in every parameter with 200, 400 or 404 JSON, and change nothing', async () => {
    const before = await graphSnapshot(corpus.driver);
    const allEntities = (await request(app).get('/api/graph?limit=5000&isolated=true')).body.nodes
      .length;
    for (const [path, parameter] of PARAMETERS) {
      for (const payload of PAYLOADS) {
        const url = `${path}${path.includes('?') ? '&' : '?'}${parameter}=${encodeURIComponent(payload)}`;
        const response = await request(app).get(url);
        expect([200, 400, 404], `${url} → ${response.status}`).to.include(response.status);
        expect(response.type, url).to.equal('application/json');
        expect(JSON.stringify(response.body), url).not.to.match(/Neo\.|Cypher|at .*\.ts:\d+/);
        // A payload may match nothing or a little, never unlock everything.
        if (response.status === 200 && Array.isArray(response.body.nodes) && parameter === 'q') {
          expect(response.body.nodes.length, url).to.be.below(allEntities);
        }
      }
    }
    for (const payload of PAYLOADS) {
      const response = await request(app).get(`/api/entities/${encodeURIComponent(payload)}`);
      expect([400, 404]).to.include(response.status);
    }
    expect(await graphSnapshot(corpus.driver)).to.deep.equal(before);
  });
});

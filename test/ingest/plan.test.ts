import { expect } from 'chai';
import { planIngest, shardOf } from '../../ingest/plan.js';
import type { StoredArticle } from '../../src/store/write.js';

const stored = (source: string): StoredArticle => ({
  source,
  hash: 'h',
  current: true,
  stat: null,
});

describe('ingest plan', () => {
  it('should give every article id one shard, the same on every call, spread over all shards', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `article-${i}`);
    const shards = ids.map((id) => shardOf(id, 3));
    expect(ids.map((id) => shardOf(id, 3))).to.deep.equal(shards);
    for (const s of [0, 1, 2]) {
      expect(shards.filter((x) => x === s).length).to.be.within(70, 130);
    }
  });

  it("should never prune another shard's articles, and merge them in", () => {
    const ids = Array.from({ length: 20 }, (_, i) => `gone-${i}`);
    const store = new Map(ids.map((id) => [id, stored(`corpus/${id}.txt`)]));
    const shard = { index: 1, count: 2 };
    const plan = planIngest([], store, {
      paths: ['corpus'],
      prune: true,
      listed: new Set(),
      copies: new Set(),
      shard,
    });
    const mine = ids.filter((id) => shardOf(id, 2) === 1);
    expect(plan.remove).to.have.members(mine);
    expect(plan.elsewhere).to.have.members(ids.filter((id) => !mine.includes(id)));
    expect(plan.keep).to.deep.equal([]);
  });
});

import { expect } from 'chai';
import { coMentionDeltas } from '../../src/store/write-comentions.js';

describe('coMentionDeltas', () => {
  it('counts each pair of a batch once, from the smaller id to the larger, with shared sentences', () => {
    const deltas = coMentionDeltas(
      [
        [
          { entity: 'person:b', sentences: [0, 2] },
          { entity: 'country:a', sentences: [2, 3] },
          { entity: 'org:c', sentences: [5] },
        ],
        [
          { entity: 'country:a', sentences: [1] },
          { entity: 'person:b', sentences: [1, 4] },
        ],
      ],
      [],
    );
    expect(deltas).to.deep.equal({
      entities: ['country:a', 'org:c', 'person:b'],
      sources: [0, 0, 1],
      targets: [1, 2, 2],
      articles: [1, 2, 1],
      sentences: [0, 2, 0],
    });
  });

  it('leaves out a pair an article names both before and after a rewrite', () => {
    const before = [
      { entity: 'country:a', sentences: [0] },
      { entity: 'person:b', sentences: [0] },
      { entity: 'org:c', sentences: [1] },
    ];
    const after = [
      { entity: 'country:a', sentences: [0] },
      { entity: 'person:b', sentences: [0] },
      { entity: 'org:d', sentences: [0] },
    ];
    expect(coMentionDeltas([after], [before])).to.deep.equal({
      entities: ['country:a', 'org:c', 'org:d', 'person:b'],
      sources: [0, 0, 1, 2],
      targets: [1, 2, 3, 3],
      articles: [-1, 1, -1, 1],
      sentences: [0, 1, 0, 1],
    });
  });

  it('names an entity once an article, its sentences joined, and reads a missing list as none', () => {
    const deltas = coMentionDeltas(
      [
        [
          { entity: 'country:a', sentences: [0] },
          { entity: 'country:a', sentences: [3] },
          { entity: 'person:b', sentences: [3] },
          { entity: 'org:c', sentences: null },
        ],
      ],
      [],
    );
    expect(deltas).to.deep.equal({
      entities: ['country:a', 'org:c', 'person:b'],
      sources: [0, 0, 1],
      targets: [1, 2, 2],
      articles: [1, 1, 1],
      sentences: [0, 1, 0],
    });
  });

  it('is null when the articles added and removed name the same pairs', () => {
    const named = [
      { entity: 'country:a', sentences: [0] },
      { entity: 'person:b', sentences: [0] },
    ];
    expect(coMentionDeltas([named], [named])).to.equal(null);
  });
});

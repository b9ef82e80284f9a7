import { expect } from 'chai';
import { applyCorrections } from '../../src/graph/index.js';
import type { Correction } from '../../src/model/corrections.js';
import type { CorpusGraph, Entity, Relation } from '../../src/model/types.js';

const WHEN = '2026-11-29T22:00:00Z';

const entity = (id: string, name: string, type: Entity['type'], articles = ['a1']): Entity => ({
  id,
  name,
  type,
  aliases: [name],
  articles,
});

const relation = (
  type: Relation['type'],
  source: string,
  target: string,
  article: string,
  start: number,
): Relation => ({
  type,
  source,
  target,
  article,
  evidence: `${source} ${type} ${target}.`,
  start,
  end: start + 10,
  trigger: 'met',
  confidence: 0.9,
  modality: 'happened',
});

/** Two articles about a meeting, with the usual extraction mistakes in them. */
function sample(): CorpusGraph {
  return {
    entities: [
      entity('country:oman', 'Oman', 'Country', ['a1', 'a2']),
      entity('person:jordan', 'Jordan', 'Person', ['a2']),
      entity('person:marco-rubio', 'Marco Rubio', 'Person', ['a1']),
      entity('person:rubio-aide', 'Rubio aide', 'Person', ['a2']),
      entity('person:secretary-rubio', 'Secretary Rubio', 'Person', ['a2']),
      entity('person:will', 'Will', 'Person', ['a1']),
    ],
    mentions: [
      { entity: 'country:oman', article: 'a1', count: 1, aliases: ['Oman'] },
      { entity: 'country:oman', article: 'a2', count: 2, aliases: ['Oman'] },
      { entity: 'person:jordan', article: 'a2', count: 1, aliases: ['Jordan'] },
      { entity: 'person:marco-rubio', article: 'a1', count: 2, aliases: ['Marco Rubio'] },
      { entity: 'person:rubio-aide', article: 'a2', count: 1, aliases: ['Rubio aide'] },
      { entity: 'person:secretary-rubio', article: 'a2', count: 1, aliases: ['Secretary Rubio'] },
      { entity: 'person:will', article: 'a1', count: 1, aliases: ['Will'] },
    ],
    relations: [
      relation('MET_WITH', 'country:oman', 'person:marco-rubio', 'a1', 0),
      relation('MET_WITH', 'person:jordan', 'person:secretary-rubio', 'a2', 0),
      relation('PRESSURED', 'person:will', 'country:oman', 'a1', 40),
      relation('MET_WITH', 'person:marco-rubio', 'person:secretary-rubio', 'a2', 80),
    ],
  };
}

const ids = (graph: CorpusGraph) => graph.entities.map((e) => e.id);

describe('graph: applyCorrections', () => {
  it('should leave the graph as it is without corrections', () => {
    const graph = sample();
    expect(applyCorrections(graph, [])).to.deep.equal({ graph, unresolved: [] });
  });

  it('should merge two nodes into the one kept, with both names and every article', () => {
    const { graph, unresolved } = applyCorrections(sample(), [
      {
        id: 'c1',
        when: WHEN,
        action: 'merge',
        entity: 'person:secretary-rubio',
        into: 'person:marco-rubio',
      },
    ]);
    expect(unresolved).to.deep.equal([]);
    expect(ids(graph)).to.not.include('person:secretary-rubio');
    const rubio = graph.entities.find((e) => e.id === 'person:marco-rubio');
    expect(rubio).to.deep.include({
      name: 'Marco Rubio',
      aliases: ['Marco Rubio', 'Secretary Rubio'],
      articles: ['a1', 'a2'],
    });
    expect(graph.mentions.filter((m) => m.entity === 'person:marco-rubio')).to.have.length(2);
    // The relation between the two became a loop and went; Jordan's is now with Marco Rubio.
    expect(graph.relations.map((r) => [r.type, r.source, r.target])).to.deep.equal([
      ['MET_WITH', 'country:oman', 'person:marco-rubio'],
      ['PRESSURED', 'person:will', 'country:oman'],
      ['MET_WITH', 'person:jordan', 'person:marco-rubio'],
    ]);
  });

  it('should rename and retype by moving the id, joining an entity that has it already', () => {
    const { graph, unresolved } = applyCorrections(sample(), [
      { id: 'c1', when: WHEN, action: 'retype', entity: 'person:jordan', type: 'Country' },
      { id: 'c2', when: WHEN, action: 'rename', entity: 'person:rubio-aide', name: 'Marco Rubio' },
    ]);
    expect(unresolved).to.deep.equal([]);
    expect(ids(graph)).to.deep.equal([
      'country:jordan',
      'country:oman',
      'person:marco-rubio',
      'person:secretary-rubio',
      'person:will',
    ]);
    expect(graph.entities[0]).to.deep.include({ name: 'Jordan', type: 'Country' });
    expect(graph.entities[2]?.articles).to.deep.equal(['a1', 'a2']);
    expect(graph.mentions.map((m) => m.entity)).to.include('country:jordan');
  });

  it('should keep a renamed entity alone under its new name and id', () => {
    const { graph } = applyCorrections(sample(), [
      { id: 'c1', when: WHEN, action: 'rename', entity: 'person:will', name: 'Will Smith' },
    ]);
    expect(graph.entities.find((e) => e.id === 'person:will-smith')).to.deep.include({
      name: 'Will Smith',
      aliases: ['Will'],
    });
    expect(graph.relations.map((r) => r.source)).to.include('person:will-smith');
  });

  it('should drop a node that is no entity with its mentions and relations', () => {
    const { graph } = applyCorrections(sample(), [
      { id: 'c1', when: WHEN, action: 'not-an-entity', entity: 'person:will' },
    ]);
    expect(ids(graph)).to.not.include('person:will');
    expect(graph.mentions.map((m) => m.entity)).to.not.include('person:will');
    expect(graph.relations.map((r) => r.type)).to.not.include('PRESSURED');
  });

  it('should reject a relation whichever way its symmetric ends are written', () => {
    const { graph, unresolved } = applyCorrections(sample(), [
      {
        id: 'c1',
        when: WHEN,
        action: 'reject-relation',
        relation: 'MET_WITH',
        source: 'person:marco-rubio',
        target: 'country:oman',
      },
    ]);
    expect(unresolved).to.deep.equal([]);
    expect(graph.relations).to.have.length(3);
    expect(graph.relations.map((r) => r.article)).to.deep.equal(['a1', 'a2', 'a2']);
    expect(
      graph.relations.some((r) => r.source === 'country:oman' && r.type === 'MET_WITH'),
    ).to.equal(false);
  });

  it('should reject only the one piece of evidence named by article and start', () => {
    const corrections: Correction[] = [
      { id: 'c1', when: WHEN, action: 'merge', entity: 'person:jordan', into: 'person:will' },
      {
        id: 'c2',
        when: WHEN,
        action: 'reject-relation',
        relation: 'MET_WITH',
        source: 'person:secretary-rubio',
        target: 'person:will',
        article: 'a2',
        start: 0,
      },
    ];
    const { graph, unresolved } = applyCorrections(sample(), corrections);
    expect(unresolved).to.deep.equal([]);
    expect(graph.relations.filter((r) => r.article === 'a2')).to.have.length(1);
  });

  it('should report, in order and with a reason, each correction with nothing to act on', () => {
    const { graph, unresolved } = applyCorrections(sample(), [
      { id: 'gone', when: WHEN, action: 'rename', entity: 'person:nobody', name: 'Somebody' },
      { id: 'c2', when: WHEN, action: 'merge', entity: 'person:will', into: 'person:nobody' },
      { id: 'c3', when: WHEN, action: 'not-an-entity', entity: 'person:will' },
      // Will is gone now: a later correction about him has nothing left to act on.
      { id: 'c4', when: WHEN, action: 'retype', entity: 'person:will', type: 'Place' },
      { id: 'c5', when: WHEN, action: 'retype', entity: 'country:oman', type: 'Country' },
      {
        id: 'c6',
        when: WHEN,
        action: 'reject-relation',
        relation: 'PRESSURED',
        source: 'country:oman',
        target: 'person:jordan',
      },
    ]);
    expect(unresolved.map((u) => u.id)).to.deep.equal(['gone', 'c2', 'c4', 'c5', 'c6']);
    expect(unresolved[0]?.reason).to.equal("no entity 'person:nobody'");
    expect(unresolved[3]?.reason).to.equal("'country:oman' is already a Country");
    expect(ids(graph)).to.not.include('person:will');
  });

  it('should be blind to the order of the input lists', () => {
    const corrections: Correction[] = [
      { id: 'c1', when: WHEN, action: 'merge', entity: 'person:rubio-aide', into: 'person:will' },
      { id: 'c2', when: WHEN, action: 'rename', entity: 'person:will', name: 'Marco Rubio' },
    ];
    const graph = sample();
    const reversed: CorpusGraph = {
      entities: [...graph.entities].reverse(),
      mentions: [...graph.mentions].reverse(),
      relations: [...graph.relations].reverse(),
    };
    expect(applyCorrections(reversed, corrections)).to.deep.equal(
      applyCorrections(graph, corrections),
    );
  });
});

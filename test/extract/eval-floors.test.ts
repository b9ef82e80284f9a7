import { expect } from 'chai';
import { FLOORS, evaluate, type EvalReport } from '../../eval/index.js';
import { EXTRACTION_RULES } from '../../src/extract/rules.js';

// The blind sets with a floor: the set, what is scored, the floor, and how many passages it
// must hold (so a set that lost its cases cannot pass).
const BLIND_FLOORS: readonly {
  file: string;
  set: (report: EvalReport) => EvalReport['blind'];
  scored: 'entities' | 'relations';
  floor: number;
  cases: number;
}[] = [
  {
    file: 'fresh-blind-3-relations',
    set: (r) => r.blindRelations3,
    scored: 'relations',
    floor: FLOORS.blind3RelationF1,
    cases: 0,
  },
  {
    file: 'fresh-blind-4-relations',
    set: (r) => r.blindRelations4,
    scored: 'relations',
    floor: FLOORS.blind4RelationF1,
    cases: 0,
  },
  {
    file: 'fresh-blind-5-relations',
    set: (r) => r.blindRelations5,
    scored: 'relations',
    floor: FLOORS.blind5RelationF1,
    cases: 30,
  },
  {
    file: 'fresh-blind-6-relations',
    set: (r) => r.blindRelations6,
    scored: 'relations',
    floor: FLOORS.blind6RelationF1,
    cases: 25,
  },
  {
    file: 'fresh-blind-3-entities',
    set: (r) => r.blindEntities3,
    scored: 'entities',
    floor: FLOORS.blind3EntityF1,
    cases: 25,
  },
  {
    file: 'fresh-blind-4-entities',
    set: (r) => r.blindEntities4,
    scored: 'entities',
    floor: FLOORS.blind4EntityF1,
    cases: 30,
  },
  {
    file: 'fresh-blind-5-entities',
    set: (r) => r.blindEntities5,
    scored: 'entities',
    floor: FLOORS.blind5EntityF1,
    cases: 30,
  },
  {
    file: 'fresh-blind-6-entities',
    set: (r) => r.blindEntities6,
    scored: 'entities',
    floor: FLOORS.blind6EntityF1,
    cases: 25,
  },
];

// The floors of issues 3 and 10, held by the same scoring code `npm run eval` prints. gum-news is
// read from ../shared/gum-news; the eval fails, naming the folder, when it is missing.
describe('extract: quality floors', () => {
  let report: EvalReport;
  before(async () => {
    report = await evaluate();
  });

  it('should reach the entity F1 floor on corpus/', () => {
    expect(report.corpus.entities.f1).to.be.at.least(FLOORS.entityF1);
  });

  it('should reach the relation F1 floor on corpus/', () => {
    expect(report.corpus.relations.f1).to.be.at.least(FLOORS.relationF1);
  });

  it('should have no duplicate node for one real-world entity', () => {
    expect(report.corpus.entities.duplicates).to.deep.equal([]);
  });

  it("should pass every rule's fresh sentences", () => {
    expect(report.fresh.cases.filter((c) => !c.pass)).to.deep.equal([]);
  });

  it('should reach the entity F1 floor on the held-out sentences', () => {
    expect(report.heldout.entities.f1).to.be.at.least(FLOORS.heldoutEntityF1);
  });

  it('should reach the relation F1 floor on the held-out sentences', () => {
    expect(report.heldout.relations.f1).to.be.at.least(FLOORS.heldoutRelationF1);
  });

  it('should score every held-out sentence, at least six per rule', () => {
    const perRule = new Map<string, number>();
    for (const c of report.heldout.cases) perRule.set(c.rule, (perRule.get(c.rule) ?? 0) + 1);
    expect(Math.min(...perRule.values())).to.be.at.least(6);
  });

  it('should reach the entity F1 floor on gum-news', () => {
    expect(report.gum.entities.f1).to.be.at.least(FLOORS.gumEntityF1);
  });

  it('should type matched gum-news entities at least as well as the floor', () => {
    const { right, of } = report.gum.types;
    expect(of).to.be.greaterThan(300);
    expect(right / of).to.be.at.least(FLOORS.gumTypeAccuracy);
  });

  it('should resolve he/she to the named person at least as well as the floor on gum-news', () => {
    const { right, of } = report.gum.coreference;
    expect(of).to.be.greaterThan(100);
    expect(right / of).to.be.at.least(FLOORS.gumPronounAccuracy);
  });

  it('should give every rule that found a gum-news mention an id', () => {
    expect(report.gum.rules.map((r) => r.rule)).to.not.include('(no rule id)');
  });

  for (const { file, set, scored, floor, cases } of BLIND_FLOORS) {
    it(`should reach the ${scored} F1 floor on ${file}`, () => {
      expect(set(report).cases.length).to.be.at.least(cases);
      expect(set(report)[scored].f1).to.be.at.least(floor);
    });
  }

  it('should name a known rule row for every relation the eval scored', () => {
    const rules = report.relationRules.map((r) => r.rule);
    expect(rules.length).to.be.greaterThan(10);
    expect(rules.filter((r) => !EXTRACTION_RULES.has(r))).to.deep.equal([]);
  });
});

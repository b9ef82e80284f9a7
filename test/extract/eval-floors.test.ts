import { expect } from 'chai';
import { FLOORS, evaluate, type EvalReport } from '../../eval/index.js';
import { EXTRACTION_RULES } from '../../src/extract/rules.js';

/** The report's keys that hold a blind set's scores. */
type BlindSet = {
  [K in keyof EvalReport]: EvalReport[K] extends EvalReport['blind'] ? K : never;
}[keyof EvalReport];

// The blind sets with a floor: the set, what is scored, the floor, and how many passages it
// must hold (so a set that lost its cases cannot pass).
const BLIND_FLOORS: readonly [BlindSet, 'entities' | 'relations', number, number][] = [
  ['blindRelations3', 'relations', FLOORS.blind3RelationF1, 0],
  ['blindRelations4', 'relations', FLOORS.blind4RelationF1, 0],
  ['blindRelations5', 'relations', FLOORS.blind5RelationF1, 30],
  ['blindRelations6', 'relations', FLOORS.blind6RelationF1, 25],
  ['blindRelations7', 'relations', FLOORS.blind7RelationF1, 25],
  ['blindEntities3', 'entities', FLOORS.blind3EntityF1, 25],
  ['blindEntities4', 'entities', FLOORS.blind4EntityF1, 30],
  ['blindEntities5', 'entities', FLOORS.blind5EntityF1, 30],
  ['blindEntities6', 'entities', FLOORS.blind6EntityF1, 25],
  ['blindEntities7', 'entities', FLOORS.blind7EntityF1, 25],
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

  for (const [set, scored, floor, cases] of BLIND_FLOORS) {
    it(`should reach the ${scored} F1 floor on ${set}`, () => {
      expect(report[set].cases.length).to.be.at.least(cases);
      expect(report[set][scored].f1).to.be.at.least(floor);
    });
  }

  it('should name a known rule row for every relation the eval scored', () => {
    const rules = report.relationRules.map((r) => r.rule);
    expect(rules.length).to.be.greaterThan(10);
    expect(rules.filter((r) => !EXTRACTION_RULES.has(r))).to.deep.equal([]);
  });
});

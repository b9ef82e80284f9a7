import { expect } from 'chai';
import { BLIND_SETS, FLOORS, evaluate, flooredScore, type EvalReport } from '../../eval/index.js';
import { EXTRACTION_RULES } from '../../src/extract/rules.js';

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

  it('should score every blind set of the table, in its order', () => {
    expect(report.blind.map(({ set }) => set.file)).to.deep.equal(BLIND_SETS.map((s) => s.file));
  });

  for (const set of BLIND_SETS) {
    const { floor } = set;
    if (!floor) continue;
    const scored = flooredScore(set);
    it(`should reach the ${scored} F1 floor on ${set.file}`, () => {
      const score = report.blind.find((b) => b.set === set)?.score;
      expect(score?.cases.length).to.be.at.least(floor.cases);
      expect(score?.[scored].f1).to.be.at.least(floor.f1);
    });
  }

  it('should name a known rule row for every relation the eval scored', () => {
    const rules = report.relationRules.map((r) => r.rule);
    expect(rules.length).to.be.greaterThan(10);
    expect(rules.filter((r) => !EXTRACTION_RULES.has(r))).to.deep.equal([]);
  });
});

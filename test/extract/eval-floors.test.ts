import { expect } from 'chai';
import { FLOORS, evaluate, type EvalReport } from '../../eval/index.js';
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

  it('should reach the relation F1 floor on the fresh-blind-3-relations wire copy', () => {
    expect(report.blindRelations3.relations.f1).to.be.at.least(FLOORS.blind3RelationF1);
  });

  it('should reach the relation F1 floor on the fresh-blind-4-relations wire copy', () => {
    expect(report.blindRelations4.relations.f1).to.be.at.least(FLOORS.blind4RelationF1);
  });

  it('should reach the relation F1 floor on the fresh-blind-5-relations wire copy', () => {
    expect(report.blindRelations5.cases.length).to.be.at.least(30);
    expect(report.blindRelations5.relations.f1).to.be.at.least(FLOORS.blind5RelationF1);
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

  it('should reach the entity F1 floor on the fresh-blind-3-entities wire copy', () => {
    expect(report.blindEntities3.cases.length).to.be.at.least(25);
    expect(report.blindEntities3.entities.f1).to.be.at.least(FLOORS.blind3EntityF1);
  });

  it('should reach the entity F1 floor on the fresh-blind-4-entities wire copy', () => {
    expect(report.blindEntities4.cases.length).to.be.at.least(30);
    expect(report.blindEntities4.entities.f1).to.be.at.least(FLOORS.blind4EntityF1);
  });

  it('should reach the entity F1 floor on the fresh-blind-5-entities news passages', () => {
    expect(report.blindEntities5.cases.length).to.be.at.least(30);
    expect(report.blindEntities5.entities.f1).to.be.at.least(FLOORS.blind5EntityF1);
  });

  it('should reach the entity F1 floor on the fresh-blind-6-entities news passages', () => {
    expect(report.blindEntities6.cases.length).to.be.at.least(25);
    expect(report.blindEntities6.entities.f1).to.be.at.least(FLOORS.blind6EntityF1);
  });

  it('should reach the relation F1 floor on the fresh-blind-6-relations wire copy', () => {
    expect(report.blindRelations6.cases.length).to.be.at.least(25);
    expect(report.blindRelations6.relations.f1).to.be.at.least(FLOORS.blind6RelationF1);
  });

  it('should give every rule that found a gum-news mention an id', () => {
    expect(report.gum.rules.map((r) => r.rule)).to.not.include('(no rule id)');
  });

  it('should name a known rule row for every relation the eval scored', () => {
    const rules = report.relationRules.map((r) => r.rule);
    expect(rules.length).to.be.greaterThan(10);
    expect(rules.filter((r) => !EXTRACTION_RULES.has(r))).to.deep.equal([]);
  });
});

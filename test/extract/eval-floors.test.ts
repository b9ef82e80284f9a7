import { expect } from 'chai';
import { FLOORS, evaluate, type EvalReport } from '../../src/extract/eval/index.js';

// The floors of issue 3, held by the same scoring code `npm run eval` prints.
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
});

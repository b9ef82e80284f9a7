import { expect } from 'chai';
import { scoreFresh } from '../../eval/score-fresh.js';

// The fresh-sentence scorer itself: a wrong claim or modality fails a case, and P/R count ids.
describe('eval: scoreFresh', () => {
  const met = { type: 'MET_WITH' as const, source: 'country:chl', target: 'country:per' };
  const confirmed = { type: 'CONFIRMED' as const, source: 'country:chl', target: 'country:per' };
  const base = {
    rule: 'confirmed',
    text: 'Chile confirmed that talks with Peru would resume in Lima.',
    entities: ['country:chl', 'country:per', 'place:lima'],
    relations: [met, confirmed],
  };

  it('should pass a case whose claim the extracted claim contains', () => {
    const report = scoreFresh([
      { ...base, relations: [met, { ...confirmed, claim: 'talks with Peru' }] },
    ]);
    expect(report.cases[0]?.problems).to.deep.equal([]);
    expect(report.relations.f1).to.equal(1);
  });

  it('should fail a case whose claim differs', () => {
    const report = scoreFresh([
      { ...base, relations: [met, { ...confirmed, claim: 'a ceasefire' }] },
    ]);
    expect(report.cases[0]?.pass).to.equal(false);
    expect(report.relations.tp).to.equal(2);
  });

  it('should count a missing entity against recall and an extra one against precision', () => {
    const report = scoreFresh([{ ...base, entities: ['country:chl', 'country:bol'] }]);
    expect(report.entities).to.include({ tp: 1, fp: 2, fn: 1 });
  });
});

import { expect } from 'chai';
import { BOILERPLATE } from '../../src/extract/lexicon/boilerplate.js';
import { RULE_ROWS } from '../../src/extract/rules.js';

// Rules are data rows; the eval's per-rule table and a reader find each by its id.
describe('extract: rule rows', () => {
  it('should give every row a unique id, an example and a reason', () => {
    const ids = RULE_ROWS.map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const r of RULE_ROWS) {
      expect(r.id, JSON.stringify(r)).to.match(/^[a-z][a-z-]*$/);
      expect(r.example.length, r.id).to.be.greaterThan(5);
      expect(r.reason.length, r.id).to.be.greaterThan(5);
    }
  });

  it("should drop each boilerplate row's own example", () => {
    for (const row of BOILERPLATE)
      expect(row.example.match(new RegExp(row.match.source, row.match.flags)), row.id).to.not.equal(
        null,
      );
  });
});

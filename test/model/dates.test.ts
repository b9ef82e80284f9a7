import { expect } from 'chai';
import { toIsoDate } from '../../src/model/dates.js';

describe('model/dates', () => {
  it('should keep a real calendar date as it is', () => {
    for (const date of ['2026-02-04', '2024-02-29', '1999-12-31']) {
      expect(toIsoDate(date), date).to.equal(date);
    }
  });

  it('should normalise a date-time to UTC', () => {
    expect(toIsoDate('2026-02-04T09:30:00Z')).to.equal('2026-02-04T09:30:00Z');
    expect(toIsoDate('2026-02-04T09:30+01:00')).to.equal('2026-02-04T08:30:00Z');
    expect(toIsoDate('2026-02-04 23:30:00-0200')).to.equal('2026-02-05T01:30:00Z');
    expect(toIsoDate('2026-02-04T09:30:15.250Z')).to.equal('2026-02-04T09:30:15.250Z');
  });

  it('should refuse impossible dates and prose', () => {
    for (const text of [
      '2026-13-45',
      '2026-02-30',
      '2025-02-29',
      '2026-00-10',
      '2026-02-04T24:00',
      '2026-02-04T10:61',
      'next tuesday',
      '',
      '2026-2-4',
      '04/02/2026',
    ]) {
      expect(toIsoDate(text), text).to.equal(undefined);
    }
  });
});

import { expect } from 'chai';
import { evaluateGumNews } from '../../eval/gum-news.js';

// The gum-news eval reads ../shared/gum-news in place; without it the eval must say so plainly.
describe('eval: gum-news', () => {
  it('should fail with the folder it looked for when gum-news is missing', async () => {
    const error = await evaluateGumNews('/nonexistent/shared/gum-news').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(error)).to.match(/\/nonexistent\/shared\/gum-news is missing/);
  });
});

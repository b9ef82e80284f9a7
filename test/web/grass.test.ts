import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/model/types.js';
import { renderGrass } from '../../web/shared/grass.js';
import { ENTITY_STYLES, RELATION_COLORS } from '../../web/shared/palette.js';

describe('web/neo4j-browser.grass', () => {
  it('should be what the palette renders (run npm run build:web after changing colors)', async () => {
    expect(await readFile('web/neo4j-browser.grass', 'utf8')).to.equal(renderGrass());
  });

  it('should color every entity label and relationship type as the page does', () => {
    const grass = renderGrass();
    for (const type of ENTITY_TYPES) {
      expect(grass).to.contain(`node.${type} {\n  color: ${ENTITY_STYLES[type].color};`);
    }
    for (const type of RELATION_TYPES) {
      expect(grass).to.contain(`relationship.${type} {\n  color: ${RELATION_COLORS[type]};`);
    }
    expect(grass).to.contain('caption: "{name}";');
  });
});

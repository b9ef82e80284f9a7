import { expect } from 'chai';
import { extractArticle } from '../../src/extract/index.js';
import { article } from './article.js';

// Sentences from corpus/, one behaviour each.
const entitiesOf = (text: string) => extractArticle(article(text)).entities;
const ids = (text: string) => entitiesOf(text).map((e) => e.id);

describe('extract: entities', () => {
  it('should take the title off "Secretary of State Marco Rubio" and keep it as the role', () => {
    const entities = entitiesOf(
      'Secretary of State Marco Rubio speaks at the State Department’s Harry S. Truman Building on February 04, 2026 in Washington, DC.',
    );
    const rubio = entities.find((e) => e.id === 'person:marco-rubio');
    expect(rubio?.role).to.equal('Secretary of State');
    expect(rubio?.aliases).to.deep.equal(['Marco Rubio']);
    expect(entities.map((e) => e.id)).to.not.include('place:state-marco');
  });

  it('should read the Harry S. Truman Building as a place, not Harry Truman', () => {
    const found = ids(
      'Secretary of State Marco Rubio speaks at the State Department’s Harry S. Truman Building.',
    );
    expect(found).to.include('place:harry-s-truman-building');
    expect(found).to.include('organization:state-department');
    expect(found.filter((id) => id.startsWith('person:'))).to.deep.equal(['person:marco-rubio']);
  });

  it('should keep possessives and full stops out of names', () => {
    const entities = entitiesOf(
      'Iran later insisted on Iran’s terms. The meeting is scheduled in Muscat, Oman.',
    );
    const iran = entities.find((e) => e.id === 'country:irn');
    expect(iran?.aliases).to.deep.equal(['Iran']);
    expect(entities.find((e) => e.id === 'country:omn')?.aliases).to.deep.equal(['Oman']);
  });

  it('should point demonyms to their country', () => {
    const found = ids(
      'Witkoff and Jared Kushner are expected to meet Qatari leadership. Iranian gunboats also attempted to seize a tanker. I’m grateful to our Omani brothers.',
    );
    expect(found).to.include.members(['country:qat', 'country:irn', 'country:omn']);
  });

  it('should read capitals acting as governments as their countries, and as places after "in"', () => {
    const found = ids(
      'Washington and Tehran had originally agreed to meet in Istanbul, Turkey, on Friday.',
    );
    expect(found).to.include.members([
      'country:usa',
      'country:irn',
      'country:tur',
      'place:istanbul',
    ]);
    expect(ids('The meeting is scheduled in Muscat, Oman.')).to.deep.equal([
      'country:omn',
      'place:muscat',
    ]);
  });

  it('should resolve U.S. and American to the United States', () => {
    const usa = entitiesOf(
      'The U.S. on Wednesday initially rejected a demand, two American officials told Axios.',
    ).find((e) => e.id === 'country:usa');
    expect(usa?.aliases).to.include.members(['U.S.', 'American']);
  });

  it('should resolve a surname to the full name the article gives', () => {
    const entities = entitiesOf(
      'White House envoy Steve Witkoff has been consulting closely with regional partners. Witkoff and Jared Kushner are expected to meet Qatari leadership.',
    );
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.id)).to.deep.equal([
      'person:jared-kushner',
      'person:steve-witkoff',
    ]);
    expect(entities.find((e) => e.id === 'person:steve-witkoff')?.aliases).to.include('Witkoff');
  });

  it('should leave the aircraft carrier USS Abraham Lincoln out', () => {
    const found = ids(
      'U.S. forces shot down an Iranian drone as it approached the aircraft carrier USS Abraham Lincoln.',
    );
    expect(found.filter((id) => id.startsWith('person:'))).to.deep.equal([]);
    expect(found).to.include('country:irn');
  });

  it('should leave photo credits, sign-in buttons and republishing notices out', () => {
    const found = ids(
      'Rubio spoke. (Photo by Chip Somodevilla/Getty Images)\nAll content created by the Daily Caller News Foundation, an independent newswire, is available without charge.\n\nContinue with Google',
    );
    expect(found).to.deep.equal(['person:rubio']);
  });

  it('should join collective actors of one region into one group', () => {
    const found = ids(
      'Multiple Middle Eastern governments pressured the administration. At least nine countries contacted the White House. Arab governments asked us to continue. Gulf capitals fear escalation.',
    );
    expect(found.filter((id) => id.startsWith('group:'))).to.deep.equal([
      'group:middle-eastern-governments',
    ]);
  });

  it('should read the administration as the government whose officials the article quotes', () => {
    const found = ids('U.S. officials said the Trump administration will reassess its approach.');
    expect(found).to.deep.equal(['country:usa']);
  });

  // Sentences written for these tests, on names no list of ours holds.
  it('should read a name no list knows as a person, even first in its sentence', () => {
    expect(ids('Tokayev met reporters.')).to.deep.equal(['person:tokayev']);
    expect(ids('Nuclear talks resumed on Monday.')).to.deep.equal([]);
    expect(ids('Officials condemned the Islamic regime.')).to.deep.equal([]);
  });

  it('should read organisations from the company dataset and from their shape', () => {
    expect(ids('Novartis and PayPal signed a deal with GSK.')).to.deep.equal([
      'organization:gsk',
      'organization:novartis',
      'organization:paypal',
    ]);
    expect(ids('Shares rose after automaker Geely and Dongfeng agreed terms.')).to.deep.equal([
      'organization:dongfeng',
      'organization:geely',
    ]);
  });

  it('should read both sides of a match result as teams, the score before or after the name', () => {
    expect(ids('Lanus drew 2-2 with Tigre on Sunday.')).to.deep.equal([
      'organization:lanus',
      'organization:tigre',
    ]);
    expect(ids('Lanus beat Tigre 3-1 on Sunday.')).to.deep.equal([
      'organization:lanus',
      'organization:tigre',
    ]);
  });

  it('should read a lone unknown name joined to an organisation, or going on "whether it would", as an organisation', () => {
    expect(
      ids('Dravik and Ulmora signed an agreement on Monday, Dravik said in a statement.'),
    ).to.deep.equal(['organization:dravik', 'organization:ulmora']);
    expect(ids('Ulmora and Tokayev met on Monday.')).to.deep.equal([
      'person:tokayev',
      'person:ulmora',
    ]);
    expect(ids('Kalvora declined to say whether it would bid for the licence.')).to.deep.equal([
      'organization:kalvora',
    ]);
    expect(ids('Kalvora declined to say whether he would run again.')).to.deep.equal([
      'person:kalvora',
    ]);
    expect(ids('Officials told Kalvora that it would take a year.')).to.deep.equal([
      'person:kalvora',
    ]);
  });

  it('should read an unknown name after "in" as a place, and a capital after "appealed to" as a government', () => {
    expect(ids('The envoys met in Montreux.')).to.deep.equal(['place:montreux']);
    expect(ids('Kyiv appealed to Berlin for more tanks.')).to.deep.equal([
      'country:deu',
      'country:ukr',
    ]);
    expect(ids('The delegation flew on to Berlin.')).to.deep.equal(['place:berlin']);
  });

  it('should take portfolio words into the title, leaving the demonym as the affiliation', () => {
    const entities = entitiesOf(
      'Brazilian Agriculture Minister Carlos Fávaro met Chinese officials.',
    );
    expect(entities.map((e) => e.id)).to.deep.equal([
      'country:bra',
      'country:chn',
      'person:carlos-favaro',
    ]);
    expect(entities.find((e) => e.type === 'Person')?.role).to.equal('Agriculture Minister');
  });

  it('should leave reporting and photo credits out', () => {
    expect(
      ids('Rates rose. (Reporting by Jan Strupczewski; Editing by Toby Chopra) (AP Photo/Jo Kim)'),
    ).to.deep.equal([]);
  });
});

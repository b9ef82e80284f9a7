import { expect } from 'chai';
import { extractArticle } from '../../src/extract/index.js';
import { article } from './article.js';

const edgesOf = (text: string) =>
  extractArticle(article(text)).relations.map((r) => `${r.source} ${r.type} ${r.target}`);

// Relations stated on pronouns and descriptions land on the entity they stand for (issue 10).
describe('extract: coreference carries relations', () => {
  it('should give "it" the organisation that said it, or that opened the last sentence', () => {
    expect(
      edgesOf('BHP said on Monday it had held talks with Vale about a joint copper venture.'),
    ).to.include('organization:bhp MET_WITH organization:vale');
    expect(
      edgesOf(
        'Siemens said on Thursday its orders rose. It also rejected a bid from ABB for its rail unit.',
      ),
    ).to.include('organization:siemens REJECTED organization:abb');
  });

  it('should leave a dummy "it" and an "it" about a thing unresolved', () => {
    expect(
      edgesOf('Vale reported higher output. It was not clear whether talks with BHP would resume.'),
    ).to.deep.equal([]);
    expect(edgesOf('BHP unveiled a new mine plan. Vale rejected it on Friday.')).to.deep.equal([]);
  });

  it('should give an opening "the union" the union the last sentence was about, and never call a union "the company"', () => {
    expect(
      edgesOf(
        'The United Auto Workers union rejected a pay offer from Ford on Monday. The union urged the company to reopen talks.',
      ),
    ).to.have.members([
      'organization:united-auto-workers REJECTED organization:ford',
      'organization:united-auto-workers PRESSURED organization:ford',
    ]);
  });

  it('should give "the two companies" both organisations of the last sentence', () => {
    expect(
      edgesOf('Volvo and Renault held talks in Paris. The two companies later met Stellantis.'),
    ).to.include.members([
      'organization:stellantis MET_WITH organization:volvo',
      'organization:renault MET_WITH organization:stellantis',
    ]);
  });

  it('should give "the two sides" and "both leaders" the two the last sentence was about', () => {
    expect(
      edgesOf(
        'Armenia and Azerbaijan held talks in Abu Dhabi. The two sides later met officials from Turkey.',
      ),
    ).to.include.members(['country:arm MET_WITH country:tur', 'country:aze MET_WITH country:tur']);
    expect(
      edgesOf(
        "Kenyan President William Ruto welcomed Nigerian President Bola Tinubu in Nairobi. Both leaders later met Ghana's John Mahama.",
      ),
    ).to.include.members([
      'person:john-mahama MET_WITH person:william-ruto',
      'person:bola-tinubu MET_WITH person:john-mahama',
    ]);
  });

  it('should not read a description that names someone new as anaphoric', () => {
    expect(
      edgesOf(
        'Senator Maria Cantwell met Boeing executives. The president of the union, Jon Holden, rejected the offer.',
      ),
    ).to.not.include('person:maria-cantwell REJECTED organization:boeing');
  });
});

// Who acts in a sentence with more than one verb or an aside.
describe('extract: subjects of coordinated verbs and asides', () => {
  it('should give a verb joined by "and" the subject of the verb before it', () => {
    expect(
      edgesOf(
        'Spanish Prime Minister Pedro Sanchez met Chinese President Xi Jinping in Beijing and urged him to open markets to Spanish pork.',
      ),
    ).to.include('person:pedro-sanchez PRESSURED person:xi-jinping');
  });

  it('should not take a name in a participle or relative aside as the subject', () => {
    const edges = edgesOf(
      'Foreign Secretary David Lammy, speaking for the European members of the group, met Iranian Foreign Minister Abbas Araghchi in Geneva.',
    );
    expect(edges).to.include('person:abbas-araghchi MET_WITH person:david-lammy');
    expect(edges.filter((e) => e.includes('MET_WITH') && !e.includes('lammy'))).to.deep.equal([]);
  });

  it('should keep a minister after a place and a comma as the subject', () => {
    expect(
      edgesOf(
        'At the ASEAN meeting in Kuala Lumpur, Japanese Foreign Minister Takeshi Iwaya met his counterparts from Laos and Myanmar.',
      ),
    ).to.include.members([
      'country:lao MET_WITH person:takeshi-iwaya',
      'country:mmr MET_WITH person:takeshi-iwaya',
    ]);
  });

  it('should give a subject "he" in a clause of saying its speaker, not the last name', () => {
    const edges = edgesOf(
      'Greek Prime Minister Kyriakos Mitsotakis said after a call with German Chancellor Friedrich Merz that he would meet Turkish President Recep Tayyip Erdogan in Athens.',
    );
    expect(edges).to.include('person:kyriakos-mitsotakis MET_WITH person:recep-tayyip-erdogan');
    expect(edges).to.not.include('person:friedrich-merz MET_WITH person:recep-tayyip-erdogan');
  });

  it('should give a quotation\'s "I" the speaker named beside it, and no name inside it the frame outside', () => {
    const edges = edgesOf(
      'Senegalese President Bassirou Diomaye Faye said: "I spoke to Alassane Ouattara on Sunday." He later met Malian Prime Minister Abdoulaye Maiga in Dakar.',
    );
    expect(edges).to.include.members([
      'person:alassane-ouattara MET_WITH person:bassirou-diomaye-faye',
      'person:abdoulaye-maiga MET_WITH person:bassirou-diomaye-faye',
    ]);
    expect(edges).to.not.include('person:abdoulaye-maiga MET_WITH person:alassane-ouattara');
  });

  it('should not give "him" the subject of its own clause', () => {
    expect(
      edgesOf(
        'Chilean President Gabriel Boric hosted Bolivian President Luis Arce in Santiago. Arce said he had urged him to reopen the border.',
      ),
    ).to.include('person:luis-arce PRESSURED person:gabriel-boric');
  });
  it('should give "the two" the two people last named, "the court" the court and "the regulator" the public body', () => {
    expect(
      edgesOf(
        'Indian Foreign Minister Subrahmanyam Jaishankar pressed Canadian Foreign Minister Anita Anand over visas when the two met in Delhi.',
      ),
    ).to.include('person:anita-anand MET_WITH person:subrahmanyam-jaishankar');
    expect(
      edgesOf(
        "Ukraine asked the International Criminal Court to widen its inquiry. Russia rejected the court's authority.",
      ),
    ).to.include('country:rus REJECTED organization:international-criminal-court');
    expect(
      edgesOf(
        'The Financial Conduct Authority fined two lenders on Monday. The regulator also held talks with Barclays about its car loans.',
      ),
    ).to.include('organization:barclays MET_WITH organization:financial-conduct-authority');
  });
  it('should give a "he" opening a clause joined by ", and" the subject of the sentence', () => {
    expect(
      edgesOf(
        'Kenyan President William Ruto will meet Ethiopian Prime Minister Abiy Ahmed on Monday, and he is also due to hold talks with executives of Toyota.',
      ),
    ).to.include('organization:toyota MET_WITH person:william-ruto');
  });
});

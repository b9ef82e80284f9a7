import { expect } from 'chai';
import { readArticle } from '../../src/corpus/index.js';
import { extractArticle } from '../../src/extract/index.js';
import type { Relation } from '../../src/model/types.js';
import { article } from './article.js';

const relationsOf = (text: string) => extractArticle(article(text)).relations;
const edges = (relations: readonly Relation[]) =>
  relations.map((r) => `${r.source} ${r.type} ${r.target}`);

describe('extract: relations', () => {
  it('should find Steve Witkoff MET_WITH Benjamin Netanyahu in 000 with its evidence sentence', async () => {
    const a = await readArticle('corpus/000_1b7203abec72d9dd.txt');
    const met = extractArticle(a).relations.find(
      (r) =>
        r.type === 'MET_WITH' &&
        r.source === 'person:benjamin-netanyahu' &&
        r.target === 'person:steve-witkoff',
    );
    expect(met?.evidence).to.match(/^White House envoy Steve Witkoff has been consulting closely/);
    expect(met && a.text.slice(met.start, met.end)).to.equal(met?.evidence);
    expect(met?.published).to.equal('2026-02-04T20:30:00Z');
  });

  it('should give one MET_WITH per coordinated subject', () => {
    const found = relationsOf(
      'Witkoff and Jared Kushner are expected to meet Qatari leadership before traveling to Oman for the talks.',
    );
    // With no full name in the article, the bare surname stands as its own person.
    expect(edges(found)).to.have.members([
      'country:qat MET_WITH person:jared-kushner',
      'country:qat MET_WITH person:witkoff',
    ]);
    const both = relationsOf(
      'Steve Witkoff flew in. Witkoff and Jared Kushner are expected to meet Qatari leadership before traveling to Oman.',
    );
    expect(edges(both)).to.have.members([
      'country:qat MET_WITH person:jared-kushner',
      'country:qat MET_WITH person:steve-witkoff',
    ]);
    expect(both.every((r) => r.modality === 'planned')).to.equal(true);
  });

  it('should read Araghchi CONFIRMED the United States, with the claim', () => {
    const found = relationsOf(
      'Iranian Foreign Minister Seyed Abbas Araghchi confirmed on X Wednesday afternoon that talks with the U.S. are scheduled for 10 am on Friday in Oman.',
    );
    const confirmed = found.find((r) => r.type === 'CONFIRMED');
    expect(confirmed).to.include({
      source: 'person:seyed-abbas-araghchi',
      target: 'country:usa',
      claim: 'talks with the U.S. are scheduled for 10 am on Friday in Oman',
      trigger: 'confirmed',
    });
    expect(edges(found)).to.include('person:seyed-abbas-araghchi REPRESENTS country:irn');
  });

  it('should read the passive "was pressured by" from agent to patient', () => {
    const found = relationsOf(
      'Twitter was pressured by billionaire Elon Musk to accept the offer.',
    );
    expect(edges(found)).to.deep.equal(['person:elon-musk PRESSURED organization:twitter']);
  });

  it('should read nominal pressure from a group at the focal government', () => {
    const found = relationsOf(
      'U.S. officials told Axios the talks were off. However, the U.S. and Iran both indicated that the meetings would go forward, after appeals from Arab partners in the region.',
    );
    expect(edges(found)).to.include('group:middle-eastern-governments PRESSURED country:usa');
    expect(edges(found)).to.include('country:usa REPORTED_BY organization:axios');
  });

  it('should emit MET_WITH once per pair, from the smaller id', () => {
    const found = relationsOf(
      'High-level nuclear talks between the United States and Iran are now back on the calendar.',
    );
    expect(found).to.have.length(1);
    expect(found[0]).to.include({
      type: 'MET_WITH',
      source: 'country:irn',
      target: 'country:usa',
      modality: 'planned',
    });
    expect(found[0]?.cameo).to.equal('046');
  });

  it('should mark a denied meeting as negated', () => {
    expect(relationsOf('Kenya did not meet Ugandan officials.')[0]?.modality).to.equal('negated');
  });

  it('should give every corpus relation offsets that slice out its evidence and a confidence in 0..1', async () => {
    for (const file of ['000_1b7203abec72d9dd', '002_0e3d89767e0d8685', '003_3db02aaac1c87e1d']) {
      const a = await readArticle(`corpus/${file}.txt`);
      const { relations } = extractArticle(a);
      expect(relations.length).to.be.above(0);
      for (const r of relations) {
        expect(a.text.slice(r.start, r.end)).to.equal(r.evidence);
        expect(r.confidence).to.be.within(0, 1);
      }
    }
  });

  // Sentences written for these tests.
  it('should read REPRESENTS from a possessive owner and from apposition', () => {
    expect(
      edges(relationsOf("Sundar Pichai, Google's chief executive, met Japan's Fumio Kishida.")),
    ).to.have.members([
      'person:sundar-pichai REPRESENTS organization:google',
      'person:fumio-kishida REPRESENTS country:jpn',
      'person:fumio-kishida MET_WITH person:sundar-pichai',
    ]);
  });

  it('should read a phrasal trigger only with its particle', () => {
    expect(edges(relationsOf('Kenya called on Ethiopia to withdraw its troops.'))).to.deep.equal([
      'country:ken PRESSURED country:eth',
    ]);
    expect(relationsOf('Kenya called for talks on Somalia.')).to.deep.equal([]);
  });

  it('should let officials, owners and ministries act for the name they belong to', () => {
    expect(edges(relationsOf('Officials from Ghana and Togo met in Lomé.'))).to.deep.equal([
      'country:gha MET_WITH country:tgo',
    ]);
    expect(
      edges(relationsOf("Ghana's foreign ministry confirmed that Togo would attend.")),
    ).to.include('country:gha CONFIRMED country:tgo');
  });

  it('should take a possessive owner as the source of a relation noun', () => {
    expect(edges(relationsOf("Beijing's pressure on Manila grew."))).to.deep.equal([
      'country:chn PRESSURED country:phl',
    ]);
  });

  it('should aim a claim at every party coordinated in it', () => {
    const found = relationsOf('Qatar confirmed that Israeli and Lebanese negotiators would meet.');
    expect(edges(found)).to.have.members([
      'country:qat CONFIRMED country:isr',
      'country:qat CONFIRMED country:lbn',
      'country:isr MET_WITH country:lbn',
    ]);
  });

  it('should not chain names across a comma: pressure from one party on the next', () => {
    expect(
      edges(relationsOf('Under pressure from Madrid, Rabat reopened the crossing.')),
    ).to.deep.equal(['country:esp PRESSURED country:mar']);
  });

  it('should read talks a past verb governs as held, whatever words follow', () => {
    const [talks] = relationsOf('Kenya and Uganda held talks about the 2026 calendar.');
    expect(talks).to.include({ type: 'MET_WITH', modality: 'happened' });
  });
});

// Forms of meeting and pressing beyond "X met Y" (issue 10, point 8).
describe('extract: more forms of meeting and pressing', () => {
  const edgesOf = (text: string) => edges(relationsOf(text));

  it('should read hosting, receiving and meeting in the passive and the future', () => {
    expect(edgesOf('Ramaphosa was received by Xi Jinping in Beijing.')).to.include(
      'person:ramaphosa MET_WITH person:xi-jinping',
    );
    expect(edgesOf('Japan will host Kenya and Ghana in Yokohama next month.')).to.have.members([
      'country:jpn MET_WITH country:ken',
      'country:gha MET_WITH country:jpn',
    ]);
  });

  it('should read a call with someone and two people speaking by phone as consultations', () => {
    expect(
      edgesOf('Emmanuel Macron held a video call with Volodymyr Zelensky on Friday.'),
    ).to.include('person:emmanuel-macron MET_WITH person:volodymyr-zelensky');
    expect(edgesOf('Ramaphosa and Lula spoke by phone on Tuesday.')).to.include(
      'person:lula MET_WITH person:ramaphosa',
    );
  });

  it('should give a pressure noun the subject of its light verb, and no other verb', () => {
    expect(edgesOf('Washington stepped up pressure on Caracas over the election.')).to.include(
      'country:usa PRESSURED country:ven',
    );
    expect(edgesOf('Greece rejected appeals from Turkey on Monday.')).to.not.include(
      'country:grc PRESSURED country:tur',
    );
  });

  it('should not let a modal before "and" make a past verb after it planned', () => {
    const [urged] = relationsOf(
      'Kenyan President William Ruto said he would stay in Nairobi and urged Ethiopia to withdraw.',
    ).filter((r) => r.type === 'PRESSURED');
    expect(urged).to.include({ source: 'person:william-ruto', target: 'country:eth' });
    expect(urged?.modality).to.not.equal('planned');
    const [meet] = relationsOf('Ruto will travel to Kigali and meet Paul Kagame.');
    expect(meet).to.include({ type: 'MET_WITH', modality: 'planned' });
  });

  it('should give a fronted meeting phrase the subject after its comma', () => {
    expect(
      edgesOf('Meeting with Narendra Modi in New Delhi, Keir Starmer urged India to cut tariffs.'),
    ).to.include.members([
      'person:keir-starmer MET_WITH person:narendra-modi',
      'person:keir-starmer PRESSURED country:ind',
    ]);
  });

  it("should read someone's call for another to act as pressure, and a rejection of an offer as rejecting it", () => {
    expect(
      edgesOf("Norway's call for Sweden to reopen the border was echoed by Finland."),
    ).to.include('country:nor PRESSURED country:swe');
    expect(edgesOf("Norway's call for calm was welcomed in Sweden.")).to.deep.equal([]);
    expect(edgesOf("Peru's rejection of Chile's proposal ended the talks.")).to.include(
      'country:per REJECTED country:chl',
    );
  });

  it('should let talks with counterparts from several countries reach each country', () => {
    expect(
      edgesOf(
        'Kenyan Foreign Minister Musalia Mudavadi held talks with his counterparts from Ghana and Senegal in Accra.',
      ),
    ).to.include.members([
      'country:gha MET_WITH person:musalia-mudavadi',
      'country:sen MET_WITH person:musalia-mudavadi',
    ]);
  });

  it('should give "the Argentine leader" the person written as Argentina\'s, not Argentina', () => {
    const edges = edgesOf(
      'Uruguayan President Yamandu Orsi hosted Argentine President Javier Milei in Montevideo. The Argentine leader urged him to back the trade deal.',
    );
    expect(edges).to.include('person:javier-milei PRESSURED person:yamandu-orsi');
    expect(edges).to.not.include('country:arg PRESSURED person:yamandu-orsi');
  });

  it('should join a name to another across the people it acts through, and read an appeal against a ruling as no pressure', () => {
    expect(
      edgesOf('Maria Corina Machado met Spanish officials and the European Parliament in Madrid.'),
    ).to.include.members([
      'country:esp MET_WITH person:maria-corina-machado',
      'organization:european-parliament MET_WITH person:maria-corina-machado',
    ]);
    expect(
      edgesOf("The Court of Arbitration for Sport dismissed Belarus's appeal against the ban."),
    ).to.not.include('country:blr PRESSURED organization:court-of-arbitration-for-sport');
  });
});

// Issue 10, third relation round: frames over lists, descriptions and the forms of kind 8.
describe('extract: relation frames, third round', () => {
  const edgesOf = (text: string) => edges(relationsOf(text));

  it('should read a verb after the infinitive\'s "to" as a verb, and give a second infinitive joined by "and" the first one\'s subject', () => {
    const found = edgesOf(
      'Kenyan Foreign Minister Musalia Mudavadi is due to meet Ghanaian President John Mahama and to hold talks with Finance Minister Ken Ofori-Atta.',
    );
    expect(found).to.include.members([
      'person:john-mahama MET_WITH person:musalia-mudavadi',
      'person:ken-ofori-atta MET_WITH person:musalia-mudavadi',
    ]);
    expect(found).to.not.include('person:john-mahama MET_WITH person:ken-ofori-atta');
  });

  it('should reach the countries behind "the foreign ministers of" past an adverb, and each country "both countries" stands for', () => {
    expect(
      edgesOf(
        'Norwegian Foreign Minister Espen Barth Eide spoke separately by phone with the foreign ministers of Chile and Peru and urged both countries to reopen the border.',
      ),
    ).to.include.members([
      'country:chl MET_WITH person:espen-barth-eide',
      'country:per MET_WITH person:espen-barth-eide',
      'person:espen-barth-eide PRESSURED country:chl',
      'person:espen-barth-eide PRESSURED country:per',
    ]);
  });

  it('should find the infinitive past the people a name acts through, and talks between ministries', () => {
    expect(
      edgesOf('Rio Tinto said it had asked the Mongolian government to extend its licence.'),
    ).to.include('organization:rio-tinto PRESSURED country:mng');
    expect(
      edgesOf(
        'Consultations between the foreign ministries of Chile and Argentina resumed on Monday.',
      ),
    ).to.include('country:arg MET_WITH country:chl');
  });

  it('should read "called on" a person with no request after it as a courtesy visit by the sentence-opening description\'s antecedent', () => {
    const visit = relationsOf(
      'Bhutanese Foreign Minister D. N. Dhungyel met Indian Foreign Secretary Vikram Misri in New Delhi on Monday. The minister later called on Prime Minister Narendra Modi at his residence.',
    ).filter((r) => r.type !== 'REPRESENTS');
    expect(edges(visit)).to.have.members([
      'person:d-n-dhungyel MET_WITH person:vikram-misri',
      'person:d-n-dhungyel MET_WITH person:narendra-modi',
    ]);
    expect(
      edgesOf(
        'Sri Lankan Prime Minister Harini Amarasuriya called on Indian Prime Minister Narendra Modi on Friday to release the fishermen.',
      ),
    ).to.include('person:harini-amarasuriya PRESSURED person:narendra-modi');
    expect(
      edgesOf(
        'The new Chinese ambassador paid courtesy calls on President Anura Kumara Dissanayake and Prime Minister Harini Amarasuriya on Friday.',
      ),
    ).to.have.members([
      'country:chn MET_WITH person:anura-kumara-dissanayake',
      'country:chn MET_WITH person:harini-amarasuriya',
    ]);
  });

  it('should give a title an anaphor owns the organisation it stands for, and never read "Its" as a name', () => {
    const its = extractArticle(
      article(
        'Rio Tinto said on Monday it had received an approach from Glencore. Its chief executive Jakob Stausholm met Glencore chairman Kalidas Madhavpeddi in London.',
      ),
    );
    expect(its.entities.map((e) => e.id)).to.not.include('organization:its');
    expect(edges(its.relations)).to.include.members([
      'person:jakob-stausholm REPRESENTS organization:rio-tinto',
      'person:jakob-stausholm MET_WITH person:kalidas-madhavpeddi',
    ]);
    expect(
      edgesOf(
        "Juventus FC rejected a bid from Chelsea FC on Tuesday. The club's president Gianluca Ferrero said he had also turned down an approach from Arsenal FC.",
      ),
    ).to.include.members([
      'person:gianluca-ferrero REPRESENTS organization:juventus-fc',
      'person:gianluca-ferrero REJECTED organization:arsenal-fc',
    ]);
  });

  it('should let "the unions" and "the two officials" stand for the two last named', () => {
    expect(
      edgesOf(
        'Kenyan Labour Minister Alfred Mutua met leaders of the Kenya Medical Practitioners Union and the Kenya National Union of Nurses. He appealed to the unions to end the strike.',
      ),
    ).to.include.members([
      'person:alfred-mutua PRESSURED organization:kenya-medical-practitioners-union',
      'person:alfred-mutua PRESSURED organization:kenya-national-union-of-nurses',
    ]);
    expect(
      edgesOf(
        'UEFA president Aleksander Ceferin met CONMEBOL president Alejandro Dominguez in Paris. The two officials later met FIFA president Gianni Infantino.',
      ),
    ).to.include.members([
      'person:aleksander-ceferin MET_WITH person:gianni-infantino',
      'person:alejandro-dominguez MET_WITH person:gianni-infantino',
    ]);
  });

  it('should read conferring, sitting down, exchanging views, telephoning and discussing with someone as consultations, and no topic as a party', () => {
    for (const verb of [
      'conferred with',
      'sat down with',
      'exchanged views with',
      'telephoned',
      'discussed the railway with',
    ])
      expect(
        edgesOf(
          `Tanzanian President Samia Suluhu Hassan ${verb} Zambian President Hakainde Hichilema.`,
        ),
        verb,
      ).to.include('person:hakainde-hichilema MET_WITH person:samia-suluhu-hassan');
    expect(
      edgesOf('Tanzania and Zambia discussed the railway on Monday, their ministers said.'),
    ).to.include('country:tza MET_WITH country:zmb');
    expect(edgesOf("Hichilema discussed Tanzania's proposal with reporters.")).to.deep.equal([]);
  });

  it('should join a list across "representatives of" and "officials from"', () => {
    expect(
      edgesOf(
        'Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Ivorian officials and representatives of the African Union in Accra.',
      ),
    ).to.include.members([
      'country:civ MET_WITH person:samuel-okudzeto-ablakwa',
      'organization:african-union MET_WITH person:samuel-okudzeto-ablakwa',
    ]);
  });

  it('should take "managing director", "Taoiseach" and "army chief" as titles, so the name before them is whom the person represents', () => {
    expect(
      edgesOf(
        'WTO director-general Ngozi Okonjo-Iweala met Irish Taoiseach Simon Harris and Pakistani army chief Asim Munir.',
      ),
    ).to.include.members([
      'person:ngozi-okonjo-iweala REPRESENTS organization:wto',
      'person:simon-harris REPRESENTS country:irl',
      'person:asim-munir REPRESENTS country:pak',
      'person:ngozi-okonjo-iweala MET_WITH person:simon-harris',
      'person:asim-munir MET_WITH person:ngozi-okonjo-iweala',
    ]);
  });

  it('should give an infinitive joined by "and" the modality of the one before it', () => {
    const talks = relationsOf(
      'Kenya refused to cut tariffs and to hold talks with Uganda on the border.',
    ).find((r) => r.type === 'MET_WITH');
    expect(talks).to.include({ source: 'country:ken', target: 'country:uga', modality: 'negated' });
    const planned = relationsOf(
      'Kenya is due to meet Ethiopia on Monday and to hold talks with Uganda.',
    ).find((r) => r.target === 'country:uga');
    expect(planned?.modality).to.equal('planned');
  });

  it('should give a verb in a relative clause the name the clause hangs on, and read a cancelled meeting as negated', () => {
    const found = edgesOf(
      'Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara, who had earlier met Togolese President Faure Gnassingbe.',
    );
    expect(found).to.include('person:alassane-ouattara MET_WITH person:faure-gnassingbe');
    expect(found).to.not.include('person:faure-gnassingbe MET_WITH person:john-mahama');
    const [cancelled] = relationsOf(
      "Mahama's meeting with Ouattara in Abidjan was cancelled on Friday.",
    ).filter((r) => r.type === 'MET_WITH');
    expect(cancelled?.modality).to.equal('negated');
  });
  it('should let no person meet the country they represent, named among the others they met', () => {
    const found = relationsOf(
      'Kenyan Foreign Minister Musalia Mudavadi met envoys from Uganda and Kenya in Nairobi on Friday.',
    );
    expect(edges(found)).to.include('country:uga MET_WITH person:musalia-mudavadi');
    expect(edges(found)).not.to.include('country:ken MET_WITH person:musalia-mudavadi');
  });

  it('should read the name behind "after" or "before" as the subject of the verb that follows it', () => {
    const found = relationsOf(
      'Chile and Peru signed a border accord on Friday, hours after President Gabriel Boric and President Dina Boluarte met in Lima.',
    );
    expect(edges(found)).to.include('person:dina-boluarte MET_WITH person:gabriel-boric');
    expect(edges(found)).not.to.include('country:chl MET_WITH country:per');
  });

  it('should find the object asked to act past a day or an adverb, and no pressure in an appeal to a court', () => {
    const asked = relationsOf(
      'The European Commission asked Google on Monday to open its app store to rivals.',
    );
    expect(edges(asked)).to.include(
      'organization:european-commission PRESSURED organization:google',
    );
    const appeal = relationsOf(
      'Glencore said on Tuesday it would appeal to the Supreme Court against the ruling.',
    );
    expect(appeal.filter((r) => r.type === 'PRESSURED')).to.deep.equal([]);
  });
  it('should read "the presidents of A, B and C" as the countries, each met', () => {
    const found = relationsOf(
      'ECOWAS Commission President Omar Touray held talks on Friday with the presidents of Ghana, Togo and Benin in Accra.',
    );
    expect(edges(found)).to.include.members([
      'country:gha MET_WITH person:omar-touray',
      'country:tgo MET_WITH person:omar-touray',
      'country:ben MET_WITH person:omar-touray',
    ]);
    expect(edges(found)).not.to.include('country:ben MET_WITH country:tgo');
  });
  it('should read a relation a title-case headline states between parties the body names, and none with a party it does not', () => {
    const found = relationsOf(
      'Albanese, Luxon Hold Talks On Pacific Policing\n\nAustralian Prime Minister Anthony Albanese arrived in Wellington on Friday. New Zealand Prime Minister Christopher Luxon welcomed the visit.',
    );
    const headline = found.filter((r) => r.rule === 'headline-frame');
    expect(edges(headline)).to.deep.equal([
      'person:anthony-albanese MET_WITH person:christopher-luxon',
    ]);
    expect(headline[0]?.evidence).to.equal('Albanese, Luxon Hold Talks On Pacific Policing');
    const unnamed = relationsOf(
      'Albanese Urges Pacific Neighbours To Act\n\nAustralian Prime Minister Anthony Albanese spoke in Canberra on Friday.',
    );
    expect(unnamed.filter((r) => r.rule === 'headline-frame')).to.deep.equal([]);
  });
  it('should read "their meeting" with no one after it as the clause\'s subject meeting its object', () => {
    const found = relationsOf(
      'Indonesian President Prabowo Subianto urged Malaysian Prime Minister Anwar Ibrahim to reopen the border crossings during their meeting in Kuching.',
    );
    expect(edges(found)).to.include('person:anwar-ibrahim MET_WITH person:prabowo-subianto');
  });
});

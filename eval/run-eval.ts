import { listArticleFiles, readArticle } from '../src/corpus/index.js';
import { mergeExtractions } from '../src/graph/index.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { DEFAULT_GOLD_DIR, loadGold } from './gold.js';
import { evaluateGumNews, GUM_NEWS_DIR, type GumReport } from './gum-news.js';
import {
  scoreEntities,
  scoreRelations,
  tallyRules,
  type EntityScore,
  type RelationScore,
  type RuleTally,
} from './score.js';
import { scoreFresh, type FreshReport } from './score-fresh.js';

/**
 * The floors the eval fails below and the tests hold: issue 3's on corpus/, and on the held-out
 * sentences a little under what the rules reached once tuned against them (entities 0.981,
 * relations 0.969; 0.818 and 0.601 before), so they cannot slide back unseen.
 */
export const FLOORS = {
  entityF1: 0.95,
  relationF1: 0.9,
  heldoutEntityF1: 0.95,
  heldoutRelationF1: 0.93,
  // gum-news, issue 10's floors (reached: F1 0.928, types 0.909, he/she 0.808; before its
  // mechanisms 0.913, 0.863 and 0). The margins are thin: a change that costs a few entities
  // or pronouns shows here.
  // The entity round raised them to F1 0.932 and types 0.929 (evidence of the article, names
  // glued to names, lists of organisations); held a little under.
  gumEntityF1: 0.925,
  gumTypeAccuracy: 0.92,
  // he/she 0.825 (99/120) after the relation round's second pass (speaker of a verb of saying,
  // a quotation's I and we, him/her never its clause's subject).
  gumPronounAccuracy: 0.81,
  // fresh-blind-3-relations, relations: 0.851 on its first (blind) run, 0.941 once developed
  // against; held a little under that.
  blind3RelationF1: 0.92,
  // fresh-blind-3-entities, entities: 0.773 on its first (blind) run, 0.960 once the entity
  // round was developed against it; held a little under that.
  blind3EntityF1: 0.93,
  // fresh-blind-4-relations, relations: 0.756 on its first (blind) run, 0.884 once the third
  // relation round was developed against it (what is left is mostly entity typing: clubs, unions
  // and companies typed people); held a little under that.
  blind4RelationF1: 0.86,
  // fresh-blind-4-entities, entities: 0.798 on its first (blind) run, 0.952 once the third entity
  // round was developed against it; held a little under that.
  blind4EntityF1: 0.93,
  // fresh-blind-5-relations, relations: 0.902 on its first (blind) run, 0.957 once the fourth
  // relation round was developed against it (what is left is mostly entity typing: companies and
  // federations typed people); held a little under that.
  blind5RelationF1: 0.93,
  // fresh-blind-5-entities, entities: 0.804 on its first (blind) run, 0.959 once the fourth entity
  // round was developed against it; held a little under that.
  blind5EntityF1: 0.93,
  // fresh-blind-6-entities and -relations (Central Asia, the Caribbean, the Pacific, the Balkans,
  // West Africa): entities 0.721 and relations 0.691 on their first (blind) run, 0.892 and 0.901
  // once the fifth round was developed against them; held a little under that.
  blind6EntityF1: 0.87,
  blind6RelationF1: 0.88,
  // fresh-blind-7-entities and -relations (the Gulf, the Horn of Africa, the Andes, the Nordics,
  // South-East Asia, Southern Africa): entities 0.796 and relations 0.775 on their first (blind)
  // run, 0.884 and 0.894 once the sixth round was developed against them; held a little under.
  blind7EntityF1: 0.86,
  blind7RelationF1: 0.87,
} as const;

export interface EvalOptions {
  corpusDir: string;
  goldDir: string;
  gumNewsDir: string;
}

export const DEFAULT_EVAL_OPTIONS: EvalOptions = {
  corpusDir: 'corpus',
  goldDir: DEFAULT_GOLD_DIR,
  gumNewsDir: GUM_NEWS_DIR,
};

export interface EvalReport {
  corpus: { entities: EntityScore; relations: RelationScore };
  /** fresh.json: every case must pass. */
  fresh: FreshReport;
  /** fresh-heldout.json: scored against floors, case failures listed but not fatal. */
  heldout: FreshReport;
  /** fresh-blind.json: reported only, the honest figure for text the rules were not fitted to. */
  blind: FreshReport;
  /** fresh-blind-2.json: wire copy written before issue 10's mechanisms; reported only. */
  blind2: FreshReport;
  /** fresh-blind-entities.json: wire copy annotated for entities only; reported only. */
  blindEntities: FreshReport;
  /** fresh-blind-relations.json: short articles for pronoun, description and list frames; reported only. */
  blindRelations: FreshReport;
  /** fresh-blind-3-entities.json: wire copy for issue 10's entity round, entities only; reported only. */
  blindEntities3: FreshReport;
  /** fresh-blind-3-relations.json: wire copy with quotes, pronouns and possessive nominals, written before the second relation round. */
  blindRelations3: FreshReport;
  /** fresh-blind-4-relations.json: wire copy with descriptions, lists and courtesy calls, written before the third relation round. */
  blindRelations4: FreshReport;
  /** fresh-blind-4-entities.json: wire copy for issue 10's third entity round, entities only; reported only. */
  blindEntities4: FreshReport;
  /** fresh-blind-5-entities.json: news beyond diplomacy and business, written before the fourth entity round. */
  blindEntities5: FreshReport;
  /** fresh-blind-5-relations.json: wire copy on talks, federations, regulators, courts and summits, written before the fourth relation round. */
  blindRelations5: FreshReport;
  /** fresh-blind-6-entities.json: news from regions and house styles no earlier set models, written before the fifth round. */
  blindEntities6: FreshReport;
  /** fresh-blind-6-relations.json: wire copy with descriptions, lists and traps from those regions, written before the fifth round. */
  blindRelations6: FreshReport;
  /** fresh-blind-7-entities.json: news from the Gulf to Southern Africa in house styles no earlier set models, written before the sixth round. */
  blindEntities7: FreshReport;
  /** fresh-blind-7-relations.json: wire copy with descriptions, lists, corrections and denied meetings from those regions, written before the sixth round. */
  blindRelations7: FreshReport;
  /** ../shared/gum-news: 24 real Wikinews articles never written against. */
  gum: GumReport;
  /** Each relation rule row's hits and verdicts, pooled over corpus/ and every fresh set. */
  relationRules: RuleTally[];
  /** What falls short of FLOORS, as sentences; empty when all floors are met. */
  failures: string[];
}

/** Extracts corpus/, the fresh sentences and gum-news and scores them against their gold. */
export async function evaluate(options: EvalOptions = DEFAULT_EVAL_OPTIONS): Promise<EvalReport> {
  const gold = await loadGold(options.goldDir);
  const files = await listArticleFiles([options.corpusDir]);
  const articles = await Promise.all(files.map((f) => readArticle(f)));
  const graph = mergeExtractions(articles.map(extractArticle));
  const entities = scoreEntities(graph.entities, gold.corpus.entities);
  const relations = scoreRelations(graph.relations, gold.corpus.relations);
  const fresh = scoreFresh(gold.fresh);
  const heldout = scoreFresh(gold.heldout);
  const blind = scoreFresh(gold.blind);
  const blind2 = scoreFresh(gold.blind2);
  const blindEntities = scoreFresh(gold.blindEntities, { entitiesOnly: true });
  const blindRelations = scoreFresh(gold.blindRelations);
  const blindEntities3 = scoreFresh(gold.blindEntities3, { entitiesOnly: true });
  const blindRelations3 = scoreFresh(gold.blindRelations3);
  const blindRelations4 = scoreFresh(gold.blindRelations4);
  const blindEntities4 = scoreFresh(gold.blindEntities4, { entitiesOnly: true });
  const blindEntities5 = scoreFresh(gold.blindEntities5, { entitiesOnly: true });
  const blindRelations5 = scoreFresh(gold.blindRelations5);
  const blindEntities6 = scoreFresh(gold.blindEntities6, { entitiesOnly: true });
  const blindRelations6 = scoreFresh(gold.blindRelations6);
  const blindEntities7 = scoreFresh(gold.blindEntities7, { entitiesOnly: true });
  const blindRelations7 = scoreFresh(gold.blindRelations7);
  const gum = await evaluateGumNews(options.gumNewsDir);

  const failures: string[] = [];
  const below = (what: string, f1: number, floor: number) => {
    if (f1 < floor) failures.push(`${what} F1 ${f1.toFixed(3)} < ${floor}`);
  };
  below('corpus entity', entities.f1, FLOORS.entityF1);
  below('corpus relation', relations.f1, FLOORS.relationF1);
  below('held-out entity', heldout.entities.f1, FLOORS.heldoutEntityF1);
  below('held-out relation', heldout.relations.f1, FLOORS.heldoutRelationF1);
  below('gum-news entity', gum.entities.f1, FLOORS.gumEntityF1);
  below('fresh-blind-3-relations relation', blindRelations3.relations.f1, FLOORS.blind3RelationF1);
  below('fresh-blind-3-entities entity', blindEntities3.entities.f1, FLOORS.blind3EntityF1);
  below('fresh-blind-4-entities entity', blindEntities4.entities.f1, FLOORS.blind4EntityF1);
  below('fresh-blind-5-entities entity', blindEntities5.entities.f1, FLOORS.blind5EntityF1);
  below('fresh-blind-4-relations relation', blindRelations4.relations.f1, FLOORS.blind4RelationF1);
  below('fresh-blind-5-relations relation', blindRelations5.relations.f1, FLOORS.blind5RelationF1);
  below('fresh-blind-6-entities entity', blindEntities6.entities.f1, FLOORS.blind6EntityF1);
  below('fresh-blind-6-relations relation', blindRelations6.relations.f1, FLOORS.blind6RelationF1);
  below('fresh-blind-7-entities entity', blindEntities7.entities.f1, FLOORS.blind7EntityF1);
  below('fresh-blind-7-relations relation', blindRelations7.relations.f1, FLOORS.blind7RelationF1);
  const ratio = (what: string, r: { right: number; of: number }, floor: number) => {
    const value = r.right / Math.max(1, r.of);
    if (value < floor) failures.push(`${what} ${value.toFixed(3)} < ${floor}`);
  };
  ratio('gum-news type accuracy', gum.types, FLOORS.gumTypeAccuracy);
  ratio('gum-news he/she → named person accuracy', gum.coreference, FLOORS.gumPronounAccuracy);
  if (entities.duplicates.length > 0)
    failures.push(`duplicate nodes: ${entities.duplicates.join(', ')}`);
  for (const c of fresh.cases)
    if (!c.pass) failures.push(`fresh rule ${c.rule} fails on "${c.text}"`);
  return {
    corpus: { entities, relations },
    fresh,
    heldout,
    blind,
    blind2,
    blindEntities,
    blindRelations,
    blindEntities3,
    blindRelations3,
    blindRelations4,
    blindEntities4,
    blindEntities5,
    blindRelations5,
    blindEntities6,
    blindRelations6,
    blindEntities7,
    blindRelations7,
    gum,
    relationRules: tallyRules(
      [
        relations,
        fresh,
        heldout,
        blind,
        blind2,
        blindRelations,
        blindRelations3,
        blindRelations4,
        blindRelations5,
        blindRelations6,
        blindRelations7,
      ].flatMap((s) => s.verdicts),
    ),
    failures,
  };
}

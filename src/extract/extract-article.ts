import type { Article, ArticleExtraction } from '../model/types.js';
import { resolveAcronyms } from './acronyms.js';
import { boilerplateRanges } from './boilerplate.js';
import { resolveAnaphora, typeByPronouns } from './coreference.js';
import { collectEntities } from './entities.js';
import { typeByEvidence } from './evidence.js';
import { focalGovernment } from './focal.js';
import type { Found } from './found.js';
import { confirmHeadline } from './headline.js';
import { findMentions } from './mentions.js';
import { tokenize } from './parse.js';
import { answeredDemands } from './relations/answered.js';
import { findRelations, withoutOwnSide } from './relations/find-relations.js';
import { headlineRelations } from './relations/headline-relations.js';
import { splitSentences, type Sentence } from './sentences.js';
import { settle } from './settle.js';

/** An article read sentence by sentence: each sentence with its settled mentions. */
export interface ArticleReading {
  sentences: Sentence[];
  /** mentions[i] are the mentions of sentences[i], in order. */
  mentions: Found[][];
  /** The government whose officials the article quotes most, if any. */
  focal?: string;
}

/**
 * An article's sentences as extraction numbers them: MENTIONED_IN.sentences holds indexes into
 * this list. Pure.
 */
export function articleSentences(article: Pick<Article, 'text'>): Sentence[] {
  return splitSentences(article.text, tokenize(article.text), boilerplateRanges(article.text));
}

/** Sentences and settled mentions of one article: what relations, and the eval, read. Pure. */
export function readArticleMentions(article: Article): ArticleReading {
  const sentences = articleSentences(article);
  const raw = sentences.map((s) => findMentions(s.tokens));
  const focal = focalGovernment(
    sentences.map((sentence, i) => ({ sentence, found: raw[i] ?? [] })),
  );
  const focalName = raw.flat().find((f) => f.id === focal)?.name;
  const mentions = settle(raw, focal && focalName ? { focal, focalName } : {});
  confirmHeadline(article.text, sentences, mentions);
  resolveAcronyms(sentences, mentions);
  typeByPronouns(sentences, mentions);
  typeByEvidence(sentences, mentions);
  resolveAnaphora(sentences, mentions);
  return focal ? { sentences, mentions, focal } : { sentences, mentions };
}

/**
 * Text → canonical entities and evidenced relations for one article. Pure. compromise parses the
 * text once; everything after works on its tokens in linear passes.
 */
export function extractArticle(article: Article): ArticleExtraction {
  const { sentences, mentions, focal } = readArticleMentions(article);
  const stated = [
    ...headlineRelations(article, sentences, mentions),
    ...sentences.flatMap((s, i) => findRelations(article, s, mentions[i] ?? [], focal)),
  ];
  const relations = withoutOwnSide([
    ...stated,
    ...answeredDemands(article, sentences, mentions, stated),
  ]);
  const named = mentions.flat().filter((f) => !f.anaphor);
  const collected = collectEntities(article.id, named);
  const sentencesOf = new Map<string, number[]>();
  mentions.forEach((found, i) => {
    for (const f of found) {
      if (f.anaphor) continue;
      const list = sentencesOf.get(f.id) ?? [];
      if (list.at(-1) !== i) list.push(i);
      sentencesOf.set(f.id, list);
    }
  });
  return {
    article: article.id,
    entities: collected.entities,
    mentions: collected.mentions.map((m) => ({ ...m, sentences: sentencesOf.get(m.entity) ?? [] })),
    relations,
  };
}

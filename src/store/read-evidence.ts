import type { FilterValues } from '../model/filters.js';
import type { ArticleEdges, EdgeEvidence, EvidenceRow, Timeline } from '../model/read-models.js';
import { CO_MENTIONED } from '../model/types.js';
import * as Q from './cypher/read.js';
import type { Gateway } from './gateway.js';
import * as R from './read-rows.js';

/** The evidence under a view's filters: between two entities, as rows, and by day. */
export interface EvidenceReads {
  /** The evidence between two entities, or null when either does not exist. */
  evidence(
    source: string,
    target: string,
    filters: FilterValues,
    limit: number,
  ): Promise<EdgeEvidence | null>;
  /** Every piece of evidence under the filters, by article and position, at most `limit`. */
  evidenceRows(filters: FilterValues, limit: number): Promise<EvidenceRow[]>;
  /** Evidence by published day under the filters, their date range and `undated` left aside. */
  timeline(filters: FilterValues): Promise<Timeline>;
  /** The edges under the filters each article of a page of the article list is evidence for. */
  articleEdges(
    list: { q: string | null; offset: number; limit: number },
    filters: FilterValues,
  ): Promise<ArticleEdges>;
}

export function createEvidenceReads(gateway: Gateway): EvidenceReads {
  const rows = gateway.rows;
  return {
    evidence(source, target, filters, limit) {
      return gateway.read(async (tx) => {
        const ends = await tx.rows<R.NodeRow>(Q.graphNodes(filters, { degree: false }), {
          ids: [source, target],
        });
        const refOf = (id: string) => {
          const end = ends.find((n) => n.id === id);
          return end && { id: end.id, name: end.name, type: end.type };
        };
        const [from, to] = [refOf(source), refOf(target)];
        if (!from || !to) return null;
        const found = await tx.rows<R.RelationRow>(Q.evidenceBetween(filters), {
          ...Q.filterParams(filters),
          source,
          target,
          limit: R.int(limit + 1),
        });
        const evidence: EdgeEvidence = {
          source: from,
          target: to,
          relations: found.slice(0, limit).map(R.relationOf),
          truncated: found.length > limit,
        };
        if (filters.comention !== 'off') {
          type Row = { article: R.ArticleRow; sentences: number[] };
          const shared = await tx.rows<Row>(Q.coMentionsBetween(filters), {
            ...Q.filterParams(filters),
            source,
            target,
            limit: R.int(limit + 1),
          });
          if (shared.length > limit) evidence.coMentionsTruncated = true;
          evidence.coMentions = shared.slice(0, limit).map((row) => ({
            article: R.articleRef(row.article),
            sentences: row.sentences,
          }));
        }
        return evidence;
      });
    },

    async evidenceRows(filters, limit) {
      type Row = Omit<R.RelationRow, 'outgoing' | 'other'> & {
        source: EvidenceRow['source'];
        target: EvidenceRow['target'];
      };
      const found = await rows<Row>(Q.evidenceRows(filters), {
        ...Q.filterParams(filters),
        limit: R.int(limit),
      });
      return found.map(({ source, target, ...row }) => {
        const {
          other: _other,
          direction: _direction,
          ...relation
        } = R.relationOf({
          ...row,
          outgoing: true,
          other: target,
        });
        return { source, target, relation };
      });
    },

    async timeline(filters) {
      const undimmed: FilterValues = { ...filters, from: null, to: null, undated: true };
      type Row = { day: string | null; evidence: number; articles: number };
      const found = await rows<Row>(Q.timeline(undimmed), Q.filterParams(undimmed));
      const undated = found.find((r) => r.day === null);
      return {
        days: found.flatMap((r) =>
          r.day === null ? [] : [{ date: r.day, evidence: r.evidence, articles: r.articles }],
        ),
        undated: { evidence: undated?.evidence ?? 0, articles: undated?.articles ?? 0 },
      };
    },

    async articleEdges({ q, offset, limit }, filters) {
      type Row = { id: string; edges: [string, string, string][] };
      const found = await rows<Row>(Q.articleEdges(filters), {
        ...Q.filterParams(filters),
        q: q === null ? null : q.toLowerCase(),
        offset: R.int(offset),
        limit: R.int(limit),
      });
      return {
        articles: found.map(({ id, edges }) => ({
          id,
          edges: edges.map(([type, source, target]) =>
            type === CO_MENTIONED
              ? R.coMentionEdge(source, target)
              : R.edgeId(type, source, target),
          ),
        })),
      };
    },
  };
}

import { Router } from 'express';
import type { GraphReader } from '../../../src/store/read.js';
import { toCsv } from '../../shared/csv.js';
import { parseTimelineRequest } from '../params.js';

/** Rows of one CSV export, at most: the 50k relations the explorer is sized for, and more. */
export const EVIDENCE_CSV_LIMIT = 200_000;

const HEADER = [
  'source_id',
  'source',
  'source_type',
  'relation',
  'target_id',
  'target',
  'target_type',
  'sentence',
  'trigger',
  'confidence',
  'modality',
  'claim',
  'cameo',
  'article_id',
  'article_title',
  'outlet',
  'published',
];

/**
 * GET /api/export/evidence.csv: every piece of evidence passing a view's filters (the search
 * term aside: it picks entities to draw, not evidence), one row each, with its article and date.
 */
export function exportRouter(store: GraphReader): Router {
  const router = Router();
  router.get('/evidence.csv', async (req, res) => {
    const filters = parseTimelineRequest(req);
    const rows = await store.evidenceRows(filters, EVIDENCE_CSV_LIMIT);
    const csv = toCsv(
      HEADER,
      rows.map(({ source, target, relation: r }) => [
        source.id,
        source.name,
        source.type,
        r.type,
        target.id,
        target.name,
        target.type,
        r.evidence,
        r.trigger,
        r.confidence,
        r.modality,
        r.claim,
        r.cameo,
        r.article.id,
        r.article.title,
        r.article.outlet,
        r.article.published,
      ]),
    );
    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', 'attachment; filename="newsgraph-evidence.csv"');
    res.send(csv);
  });
  return router;
}

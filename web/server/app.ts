import express, { type Express } from 'express';
import { fileURLToPath } from 'node:url';
import type { GraphReader } from '../../src/store/read.js';
import type { CorrectionsService } from './corrections.js';
import type { SavedViewStore } from '../../src/store/views.js';
import { apiNotFound, errorHandler, type Logger } from './error-handler.js';
import { HttpError } from './http-error.js';
import { articleEdgesRouter } from './routes/article-edges.js';
import { articlesRouter } from './routes/articles.js';
import { correctionsRouter } from './routes/corrections.js';
import { entitiesRouter } from './routes/entities.js';
import { graphRouter } from './routes/graph.js';
import { relationsRouter } from './routes/relations.js';
import { searchRouter } from './routes/search.js';
import { statsRouter } from './routes/stats.js';
import { timelineRouter } from './routes/timeline.js';
import { viewsRouter } from './routes/views.js';
import { exportRouter } from './routes/export.js';
import { hostCheck, readOnly, securityHeaders } from './security.js';

export interface AppOptions {
  store: GraphReader;
  /** The saved views; without it /api/views is not served. */
  views?: SavedViewStore;
  /** Folder with index.html, style.css and dist/ (the bundle scripts/build-web.ts writes). */
  publicDir: string;
  /** Where "Open in Neo4j Browser" points. */
  neo4jBrowserUrl: string;
  /** Where unexpected errors are written; never the client. */
  log: Logger;
  /** Longest request line accepted, so a huge query string is refused before parsing. */
  maxUrlLength: number;
  /** Host names served besides localhost, 127.0.0.1 and [::1] (see hostCheck). */
  allowedHosts: readonly string[];
  /** The corrections file and the ingest it feeds; without it the API takes no corrections. */
  corrections?: CorrectionsService | undefined;
}

export const DEFAULT_APP_OPTIONS: Omit<AppOptions, 'store'> = {
  publicDir: fileURLToPath(new URL('../public', import.meta.url)),
  neo4jBrowserUrl: 'http://127.0.0.1:7474/browser/',
  log: (line) => process.stderr.write(`${line}\n`),
  maxUrlLength: 8 * 1024,
  allowedHosts: [],
};

/** Pure wiring: routes, static files, security and errors around a store. Listens nowhere. */
export function createApp(options: Partial<AppOptions> & Pick<AppOptions, 'store'>): Express {
  const o: AppOptions = { ...DEFAULT_APP_OPTIONS, ...options };
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(securityHeaders());
  app.use(hostCheck(o.allowedHosts));
  app.use(readOnly(['/api/corrections', ...(o.views ? ['/api/views'] : [])]));
  app.use((req, _res, next) => {
    next(
      req.url.length > o.maxUrlLength ? new HttpError(414, 'api: request URL too long') : undefined,
    );
  });
  const noStore: express.RequestHandler = (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  };
  // Saved views carry node positions: their router reads its own, larger bodies.
  if (o.views) app.use('/api/views', noStore, viewsRouter(o.views));
  // Only a correction has a body, and a small one: a small limit keeps anyone from sending big ones.
  app.use(express.json({ limit: '16kb' }));

  const api = express.Router();
  api.use(noStore);
  api.use('/graph', graphRouter(o.store));
  api.use('/entities', entitiesRouter(o.store));
  api.use('/relations', relationsRouter(o.store));
  api.use('/search', searchRouter(o.store));
  api.use('/articles', articlesRouter(o.store));
  api.use('/article-edges', articleEdgesRouter(o.store));
  api.use('/stats', statsRouter(o.store, o.neo4jBrowserUrl));
  api.use('/corrections', correctionsRouter(o.corrections));
  api.use('/timeline', timelineRouter(o.store));
  api.use('/export', exportRouter(o.store));
  api.use(apiNotFound);
  app.use('/api', api);

  app.use(express.static(o.publicDir, { index: 'index.html', maxAge: 0 }));
  app.use(errorHandler(o.log));
  return app;
}

import type { ErrorRequestHandler, RequestHandler } from 'express';
import { StoreError } from '../../src/store/errors.js';
import { HttpError } from './http-error.js';

export type Logger = (line: string) => void;

/** Unknown /api paths answer JSON, like every other API error. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, `api: no such endpoint ${req.method} ${req.path}`));
};

/**
 * Maps every error to `{error}` with its status. Messages of HttpError and StoreError were written
 * for users and go out as they are; anything else is a bug: it is logged here, with its stack,
 * and the client gets a bare 500. No stack trace ever leaves the server.
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, message } = describe(error, log);
    res.status(status).json({ error: message });
  };
}

function describe(error: unknown, log: Logger): { status: number; message: string } {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  if (error instanceof StoreError) {
    log(`api: ${error.message}`);
    return { status: error.status, message: error.message };
  }
  // Body-parser and friends mark client errors with a 4xx status (bad JSON, body too large).
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const type = (error as { type?: unknown }).type;
    return { status, message: `api: bad request${typeof type === 'string' ? ` (${type})` : ''}` };
  }
  log(
    `api: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return { status: 500, message: 'api: internal error; the server log has the details' };
}

import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { HttpError } from './http-error.js';

/** Always served: the names of this machine's loopback interface. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Headers for the page and the API. The CSP lets only the page's own files run: no inline script
 * or style, no other origin. ForceAtlas2 runs in a worker built from a blob: URL, and PNG export
 * draws through data:/blob: images, so those two schemes are allowed where they are needed.
 * Sigma draws with WebGL, which a CSP does not govern.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Refuses a request whose Host header is not a name this server is reached by. A web page on
 * another site can point its own host name at 127.0.0.1 (DNS rebinding) and then read the API as
 * same-origin; its requests still carry its own name in Host, and that is what is checked.
 */
export function hostCheck(allowed: readonly string[]): RequestHandler {
  const names = new Set([...LOOPBACK_HOSTS, ...allowed].map(normaliseHost));
  return (req, _res, next) => {
    const host = normaliseHost(req.headers.host ?? '');
    next(
      names.has(host)
        ? undefined
        : new HttpError(
            403,
            `web: host '${host.slice(0, 100)}' is not served here (only ${[...names].join(', ')}); set HOST to the name you use`,
          ),
    );
  };
}

/** `Example.org:3000` → `example.org`, `[::1]:3000` → `[::1]`; a trailing dot is the same name. */
export function normaliseHost(header: string): string {
  const host = header.startsWith('[')
    ? header.slice(0, header.indexOf(']') + 1)
    : header.split(':')[0];
  return (host ?? '').toLowerCase().replace(/\.$/, '');
}

/**
 * Every resource is read-only but those under `writable` (corrections, saved views), which also
 * take POST and DELETE, and those only from this server's own page, as JSON. Any other method
 * is a 405 that says which ones work.
 */
export function readOnly(writable: readonly string[] = []): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      next();
      return;
    }
    const writes = writable.some((path) => req.path === path || req.path.startsWith(`${path}/`));
    if (writes && (req.method === 'POST' || req.method === 'DELETE')) {
      next(crossSiteWrite(req.headers));
      return;
    }
    const allow = writes ? 'GET, HEAD, POST, DELETE' : 'GET, HEAD';
    res.set('Allow', allow);
    next(new HttpError(405, `web: ${req.method} is not served here; this path answers ${allow}`));
  };
}

/**
 * A write must come from the page itself. The host check stops DNS rebinding; this stops another
 * site's page from posting a form to a local server: the browser names that page in Origin (or
 * Sec-Fetch-Site), and a form cannot send JSON without the preflight this server never grants.
 */
function crossSiteWrite(headers: Record<string, string | string[] | undefined>) {
  const origin = headers.origin;
  const site = headers['sec-fetch-site'];
  const host = String(headers.host ?? '').toLowerCase();
  const sameOrigin =
    (origin === undefined ||
      String(origin)
        .toLowerCase()
        .replace(/^https?:\/\//, '') === host) &&
    (site === undefined || site === 'same-origin' || site === 'none');
  if (!sameOrigin) return new HttpError(403, "web: a write must come from this server's own page");
  const type = headers['content-type'];
  if (typeof type === 'string' && !/^application\/json\b/i.test(type)) {
    return new HttpError(415, 'web: a write takes a JSON body (Content-Type: application/json)');
  }
  return undefined;
}

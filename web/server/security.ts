import helmet from 'helmet';

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

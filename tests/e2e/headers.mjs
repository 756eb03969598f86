// The response headers the README recommends for hosting the page, in one
// place: the CSP test and the bench serve the release build with them.

/** Strict: no inline script or style, no eval; 'wasm-unsafe-eval' compiles the wasm. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // The service worker (sw.js, docs/offline.md) and the web app manifest.
  // Both would fall back to other directives (script-src, default-src);
  // named, so that a host that tightens those keeps offline use and
  // installation, and so that nothing else may start workers.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // The page is meant to be embedded by other sites (job centres' pages).
  'frame-ancestors *',
].join('; ');

export const HOSTING_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

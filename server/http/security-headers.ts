// Security headers for every response: helmet with a Content-Security-Policy the built client
// works under (own scripts only, inline styles for Svelte style directives and editor carets,
// Socket.IO and the collaboration socket on our own host), no framing, no referrer.
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** True when the site is only served over HTTPS: browsers are told to upgrade any http URL. */
  httpsOnly: boolean;
}

/**
 * WebSocket URLs of the host the page came from. CSP3's 'self' covers same-host ws: in current
 * browsers, but older ones need it spelled out; naming the host keeps other ws: hosts refused.
 */
function connectSources(req: IncomingMessage): string {
  const host = req.headers.host;
  if (!host || !/^[A-Za-z0-9.[\]:-]+$/.test(host)) return "'self'";
  return `'self' ws://${host} wss://${host}`;
}

/** The Content-Security-Policy directives. */
function cspDirectives(options: SecurityHeaderOptions) {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // Svelte `style:` directives and ProseMirror/Yjs caret colours set inline styles.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': [connectSources],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'upgrade-insecure-requests': options.httpsOnly ? [] : null,
  };
}

/** helmet configured for this app; mount before every route. */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(options) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
}

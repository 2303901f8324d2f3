/**
 * The security headers of every response, in one place (issue 9, "HTTP"). Pure: proxy.ts adds the
 * per-request Content-Security-Policy to pages, next.config.ts the static headers to everything
 * (including the live API and static files, which the proxy skips).
 */

export const CSP_REPORT_PATH = "/api/csp-report";

type PolicyOptions = { nonce: string; development: boolean };

/**
 * Scripts: only the app's own, each carrying this response's nonce ('strict-dynamic' lets them
 * load the chunks they need); development adds 'unsafe-eval' for React's debugging tools.
 * Styles: the app's stylesheet plus inline `style` attributes (chart bars, widths), which a nonce
 * cannot cover and which cannot run code. Frames: none may embed us, and we embed nothing.
 */
export function contentSecurityPolicy({ nonce, development }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      "'report-sample'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "frame-src": ["'none'"],
    "report-uri": [CSP_REPORT_PATH],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** JSON and files from route handlers run nothing and embed nothing. */
export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Headers for every response. HSTS only in production: a development server on plain http must
 * not teach the browser to refuse it (browsers ignore HSTS sent over http anyway).
 */
export function staticSecurityHeaders({ production }: { production: boolean }) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    ...(production
      ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
      : []),
  ];
}

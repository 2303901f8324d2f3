import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/http/body-limit";
import {
  NON_PAGE_CONTENT_SECURITY_POLICY,
  staticSecurityHeaders,
} from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // Catalogues are compiled at build time, so browsers get no ICU parser (about 10 KB less on
    // every page: issue 10's phone-page budget). A message not compiled this way (a partner's
    // correction read from the database) is compiled on the server before it is used.
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // The WISE import posts files of up to 2 MB, and then their rows back as JSON (1 MB default);
    // a bundle is up to 4 MB; a case study's attachment up to 20 MB. The proxy refuses a larger
    // post first, per page, with a 413 the reader can read (lib/http/body-limit.ts).
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
  },
  // argon2 is a native addon, exceljs a large CommonJS library read only on the server: both are
  // loaded from node_modules at run time instead of being bundled.
  serverExternalPackages: ["argon2", "exceljs"],
  poweredByHeader: false,
  // Pages get their Content-Security-Policy (with a nonce) from proxy.ts; the live API, which the
  // proxy skips, a policy that allows nothing.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }),
      },
      {
        source: "/api/live/:path*",
        headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CONTENT_SECURITY_POLICY }],
      },
    ];
  },
  // Lets two builds of one tree live side by side (a benchmark beside the end-to-end tests).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(nextConfig);

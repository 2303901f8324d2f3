import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // The WISE import posts files of up to 2 MB, and then their rows back as JSON (1 MB default).
    serverActions: { bodySizeLimit: "4mb" },
  },
  // argon2 is a native addon, exceljs a large CommonJS library read only on the server: both are
  // loaded from node_modules at run time instead of being bundled.
  serverExternalPackages: ["argon2", "exceljs"],
  poweredByHeader: false,
  // Lets two builds of one tree live side by side (a benchmark beside the end-to-end tests).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(nextConfig);

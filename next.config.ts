import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // argon2 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["argon2"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);

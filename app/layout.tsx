import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("App");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    // Files in public/ (drawn by scripts/draw-icons.mjs): a phone can keep /join on its home screen.
    manifest: "/manifest.webmanifest",
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
  };
}

// theme-color: teal-800, the primary buttons' colour (as in manifest.webmanifest).
export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#005f5a",
};

/** Client components get only the catalogues they use, to keep phones' downloads small. */
const CLIENT_NAMESPACES = [
  "Errors",
  "Forms",
  "Sessions",
  "Classification",
  "Models",
  "Grids",
  "Scoring",
  "WiseForm",
  "CountryRulesForm",
  "Live",
  "LiveConsole",
  "LiveScreen",
  "LivePhone",
  "LiveJoin",
] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}

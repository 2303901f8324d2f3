import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DraftNotice } from "@/components/languages/draft-notice";
import { pickRootMessages } from "@/lib/i18n/client-messages/pick";
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <DraftNotice />
        {/* Each page hands its client components their own messages (<ClientMessages>); here, only
            the error page's, which may replace any page. */}
        <NextIntlClientProvider messages={pickRootMessages(messages)}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

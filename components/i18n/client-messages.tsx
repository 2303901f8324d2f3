import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { type ClientNamespace, pickNamespaces } from "@/lib/i18n/client-messages/pick";

/**
 * Hands the client components of one page the catalogue namespaces they use, and no others: every
 * message given here travels to the browser inside the page, in the reader's language, so a phone
 * page that got all catalogues would carry them all. The list must be a literal array: the check
 * in lib/i18n/client-messages/client-messages.test.ts reads it and compares it with what the page's
 * client components call `useTranslations` with.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly ClientNamespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickNamespaces(messages, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}

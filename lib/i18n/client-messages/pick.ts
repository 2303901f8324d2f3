import type { Messages as Catalogue } from "@/lib/i18n/messages";

export type ClientNamespace = keyof Catalogue;
type Messages = Record<string, unknown>;

/** The named namespaces of a catalogue, for a client provider. */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}

/**
 * What every page's client components may use without a <ClientMessages> of its own: the error
 * page's three strings (app/error.tsx replaces any page, so it cannot rely on the page's messages).
 */
export const ROOT_CLIENT_KEYS = {
  Errors: ["pageFailedTitle", "pageFailedBody", "tryAgain"],
} as const;

export function pickRootMessages(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(ROOT_CLIENT_KEYS).map(([namespace, keys]) => {
      const all = (messages[namespace] ?? {}) as Messages;
      return [namespace, Object.fromEntries(keys.map((key) => [key, all[key]]))];
    }),
  );
}

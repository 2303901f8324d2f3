import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "./actions";

function messageAt(messages: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
}

describe("the audit trail's vocabulary", () => {
  for (const locale of LOCALES) {
    it(`names every action and every kind of object in ${locale}`, async () => {
      const audit = (await loadMessages(locale)).Audit;
      for (const action of AUDIT_ACTIONS) {
        expect(typeof messageAt(audit.actions, action), action).toBe("string");
      }
      for (const type of AUDIT_TARGET_TYPES) {
        expect(typeof messageAt(audit.types, type), type).toBe("string");
      }
    });
  }
});

import { describe, expect, it } from "vitest";
import { DomainError, failure } from "@/lib/actions/result";
import { errorKey } from "@/lib/validation/zod";
import type { ErrorKey } from "./error-keys";
import { LOCALES } from "./locales";
import { loadMessages } from "./messages";

/**
 * Error keys are checked by the compiler: `npm run typecheck` compiles this file, and each
 * `@ts-expect-error` fails the type-check if its misspelt key were ever accepted (for instance
 * if ErrorKey widened back to `string`).
 */
describe("error keys are the keys of the Errors catalogues", () => {
  it("a misspelt key does not compile where a refusal or a validation message is written", () => {
    // @ts-expect-error "sesionNotFound" is not a key of "Errors"
    const refusal = new DomainError(404, "sesionNotFound");
    // @ts-expect-error nor is "forbiden"
    const failed = failure(403, "forbiden");
    // @ts-expect-error field errors are keys too
    const withField = failure(400, "invalidInput", { name: ["requried"] });
    // @ts-expect-error a zod check's message goes through errorKey
    const zodKey = errorKey("rationaleRequierd");
    expect([refusal.messageKey, failed.message, withField.fieldErrors.name, zodKey]).toHaveLength(
      4,
    );
  });

  it("keys from every feature file count, the shared ones and the live ones alike", async () => {
    const keys: ErrorKey[] = ["forbidden", "sessionNotFound", "liveNotStarted", "gridLocked"];
    expect(new DomainError(404, "liveNotStarted").messageKey).toBe("liveNotStarted");
    for (const key of keys) {
      for (const locale of LOCALES) {
        expect((await loadMessages(locale)).Errors[key]).toEqual(expect.any(String));
      }
    }
  });
});

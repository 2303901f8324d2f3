import { beforeEach, describe, expect, it } from "vitest";
import { findActiveActor } from "@/lib/auth/queries";
import { db } from "@/lib/db";
import { changeSessionStatus } from "@/lib/sessions/mutations";
import { updateUser } from "@/lib/users/mutations";
import { makeSession } from "../factories/sessions";
import { asActor, makeActor, makeUser } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

describe("a facilitator who is demoted", () => {
  beforeEach(resetDatabase);

  it("loses the powers of the sessions they led at once, on their next request", async () => {
    const admin = await makeActor("ADMIN");
    const facilitator = await makeUser("FACILITATOR", { email: "lead@test.example" });
    const { session } = await makeSession({ facilitatorId: facilitator.id, status: "OPEN" });

    const demoted = await updateUser(admin, {
      userId: facilitator.id,
      name: facilitator.name,
      email: facilitator.email,
      role: "PARTICIPANT",
    });
    expect(demoted.ok).toBe(true);

    // The actor of their next request, read afresh as every request does (lib/auth/session.ts).
    const next = await findActiveActor(facilitator.id);
    if (!next) throw new Error("the account is still active");
    const closing = await changeSessionStatus(asActor(next), {
      sessionId: session.id,
      to: "CLOSED",
    });
    expect(closing).toMatchObject({ ok: false, status: 403 });
    const stored = await db.focusGroupSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.status).toBe("OPEN");
  });
});

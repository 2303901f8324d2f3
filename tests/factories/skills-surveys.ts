import { db } from "@/lib/db";
import type { StaffGroup } from "@/lib/generated/prisma/enums";

let sequence = 0;

/** A small framework (two skills per group) with English wording, quicker than the full seed. */
export async function makeSkillFramework(overrides: { name?: string; version?: number } = {}) {
  sequence += 1;
  const groups: StaffGroup[] = ["ENABLER", "SUPPORTER", "WORKER"];
  return db.skillFramework.create({
    data: {
      name: overrides.name ?? `Skills ${sequence}`,
      version: overrides.version ?? 1,
      skills: {
        create: groups.flatMap((group) => [
          {
            code: `${group}_OWN`,
            group,
            area: group === "ENABLER" ? "MANAGEMENT" : group === "SUPPORTER" ? "SUPPORT" : "WORK",
            position: 1,
            texts: { create: { locale: "en", name: `${group} own skill` } },
          },
          {
            code: "DIGCOMP_1_1",
            group,
            area: "DIGITAL_INFORMATION",
            position: 2,
            digCompRef: "1.1",
            texts: {
              create: [
                { locale: "en", name: "Searching for information" },
                { locale: "ro", name: "Căutarea de informații" },
              ],
            },
          },
        ]),
      },
    },
    include: { skills: true },
  });
}

/** `count` respondents on a link, `finished` of whom submitted; no identity, as in the real thing. */
export async function addResponses(linkId: string, count: number, finished = count) {
  for (let index = 0; index < count; index += 1) {
    sequence += 1;
    await db.surveyResponse.create({
      data: {
        linkId,
        resumeTokenHash: `hash-${sequence}-${crypto.randomUUID()}`,
        mode: "SELF",
        locale: "ro",
        consentedAt: new Date(),
        submittedAt: index < finished ? new Date() : null,
      },
    });
  }
}

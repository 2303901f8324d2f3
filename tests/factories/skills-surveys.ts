import { db } from "@/lib/db";
import type { StaffGroup } from "@/lib/generated/prisma/enums";
import { newLinkCode } from "@/lib/skills/surveys/codes";

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

/**
 * An open survey of a focus group's WISEs (its country, its agenda), on the newest framework
 * there is (a small one is made when there is none), with one link per WISE and staff group.
 */
export async function makeSurvey(options: {
  sessionId: string;
  createdById: string;
  opensAt?: Date;
  closesAt?: Date;
}) {
  const session = await db.focusGroupSession.findUniqueOrThrow({
    where: { id: options.sessionId },
    select: { countryCode: true, agendaItems: { select: { wiseId: true } } },
  });
  const framework =
    (await db.skillFramework.findFirst({ orderBy: { version: "desc" } })) ??
    (await makeSkillFramework());
  const groups: StaffGroup[] = ["ENABLER", "SUPPORTER", "WORKER"];
  return db.survey.create({
    data: {
      title: `Survey ${++sequence}`,
      countryCode: session.countryCode,
      frameworkId: framework.id,
      sessionId: options.sessionId,
      opensAt: options.opensAt ?? new Date(Date.now() - 86_400_000),
      closesAt: options.closesAt ?? new Date(Date.now() + 14 * 86_400_000),
      status: "OPEN",
      createdById: options.createdById,
      wises: {
        create: session.agendaItems.map(({ wiseId }) => ({
          wiseId,
          links: { create: groups.map((group) => ({ group, code: newLinkCode() })) },
        })),
      },
    },
    include: { wises: { include: { links: true } } },
  });
}

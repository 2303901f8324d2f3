import "server-only";
import { db } from "@/lib/db";
import type { StaffGroup } from "@/lib/generated/prisma/enums";
import { countJoinAttempt, overJoinLimit } from "@/lib/live/join-limit-mutations";
import { type SurveyAvailability, surveyAvailability } from "./rules";
import { SurveyCodeSchema } from "./schemas";

export type SurveyLinkView = {
  linkId: string;
  /** As stored: the canonical spelling, used in the link's paths and its cookie's. */
  code: string;
  group: StaffGroup;
  surveyId: string;
  title: string;
  countryCode: string;
  frameworkId: string;
  wiseName: string;
  opensAt: Date;
  closesAt: Date;
  availability: SurveyAvailability;
};

export type LinkLookup =
  | { kind: "found"; link: SurveyLinkView }
  | { kind: "unknown" }
  | { kind: "throttled" };

/**
 * Finds the link behind a typed or scanned code, counting the attempt against the caller's
 * address first, as a live join does (lib/live/join-limit-mutations.ts, the same per-address
 * limit, in a bucket of its own): codes cannot be tried one after another, and a wrong code is
 * counted like a right one. A draft survey's code is unknown.
 */
export async function findSurveyLink(
  rawCode: string,
  address: string | undefined,
): Promise<LinkLookup> {
  // "address:" keeps the per-address limit (overJoinLimit); "survey:" keeps the count apart from
  // live joins, so a room's wifi joining a session is not slowed by surveys answered there.
  const bucket = `address:survey:${address ?? "unknown"}` as const;
  if (overJoinLimit(bucket, await countJoinAttempt(bucket))) return { kind: "throttled" };
  const parsed = SurveyCodeSchema.safeParse(rawCode);
  if (!parsed.success) return { kind: "unknown" };
  const row = await db.surveyLink.findFirst({
    where: { code: { equals: parsed.data, mode: "insensitive" } },
    select: {
      id: true,
      code: true,
      group: true,
      surveyWise: {
        select: {
          wise: { select: { name: true } },
          survey: {
            select: {
              id: true,
              title: true,
              countryCode: true,
              frameworkId: true,
              status: true,
              opensAt: true,
              closesAt: true,
            },
          },
        },
      },
    },
  });
  if (!row) return { kind: "unknown" };
  const { survey, wise } = row.surveyWise;
  const availability = surveyAvailability(survey, new Date());
  if (availability === "unknown") return { kind: "unknown" };
  return {
    kind: "found",
    link: {
      linkId: row.id,
      code: row.code,
      group: row.group,
      surveyId: survey.id,
      title: survey.title,
      countryCode: survey.countryCode,
      frameworkId: survey.frameworkId,
      wiseName: wise.name,
      opensAt: survey.opensAt,
      closesAt: survey.closesAt,
      availability,
    },
  };
}

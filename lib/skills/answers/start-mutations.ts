import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { AnswerMode } from "@/lib/generated/prisma/enums";
import { z } from "@/lib/validation/zod";
import { findSurveyLink, type SurveyLinkView } from "./link-queries";
import { hashResumeToken, makeResumeToken } from "./resume-token";
import { isEasyReadGroup } from "./rules";
import { StartResponseSchema } from "./schemas";

const StartSchema = StartResponseSchema.extend({
  /** The page's language when consent was given: the answers' language, for the gap map's cuts. */
  locale: z.string().min(2).max(8),
  /** From lib/http/client-address.ts, for throttling only; never stored. */
  address: z.string().max(200).optional(),
});

export type StartedResponse = {
  /** For the resume cookie only; the database keeps its hash. */
  token: string;
  code: string;
  closesAt: Date;
};

/** The link, if it takes answers now; otherwise the refusal the person should read. */
async function openLink(code: string, address: string | undefined): Promise<SurveyLinkView> {
  const lookup = await findSurveyLink(code, address);
  if (lookup.kind === "throttled") throw new DomainError(429, "surveyThrottled", "code");
  if (lookup.kind === "unknown") throw new DomainError(404, "surveyCodeUnknown", "code");
  const { link } = lookup;
  if (link.availability === "closed") throw new DomainError(409, "surveyClosed");
  if (link.availability === "notYetOpen") throw new DomainError(409, "surveyNotYetOpen");
  return link;
}

async function createResponse(
  link: SurveyLinkView,
  mode: AnswerMode,
  locale: string,
): Promise<StartedResponse> {
  const token = makeResumeToken();
  // No name, account, address or interviewer: the link says which WISE and group, nothing more.
  await db.surveyResponse.create({
    data: {
      linkId: link.linkId,
      resumeTokenHash: hashResumeToken(token),
      mode,
      locale,
      consentedAt: new Date(),
    },
  });
  return { token, code: link.code, closesAt: link.closesAt };
}

/**
 * Consent given on the link's page: the first row about this respondent, and the only moment one
 * is made. Workers' links answer in easy-read. Nothing is stored before this.
 */
export const startSurveyResponse = defineCommand({
  schema: StartSchema,
  // Anyone holding an open link's code may answer: the code is the credential, checked in run.
  authorize: () => {},
  run: async (_actor: Actor, input) => {
    const link = await openLink(input.code, input.address);
    return createResponse(link, isEasyReadGroup(link.group) ? "EASY_READ" : "SELF", input.locale);
  },
  audit: {
    skip: "an anonymous respondent is not audited: an entry would tie a response to a moment and a caller",
  },
});

/**
 * An interviewer (facilitator or partner of the survey's country) starts recording someone's
 * answers face to face, after reading them the consent. The response is marked INTERVIEWER
 * ("supported") and does not name the interviewer.
 */
export const startInterview = defineCommand({
  schema: StartSchema,
  // Decided on the survey's country once the link is found (run).
  authorize: () => {},
  run: async (actor: Actor, input) => {
    const link = await openLink(input.code, input.address);
    assertCan(actor, "survey.interview", { countryCode: link.countryCode });
    return createResponse(link, "INTERVIEWER", input.locale);
  },
  audit: {
    skip: "the interviewer must not be tied to the response: an audit entry naming them, with its time, would",
  },
});

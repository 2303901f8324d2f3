import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";

/**
 * The answering device's resume token: random, kept only in an httpOnly cookie, of which the
 * database holds the SHA-256 (SurveyResponse.resumeTokenHash). Nothing else ties a response to
 * a device, and nothing at all to a person.
 */
/** Sent to the link's pages (/survey/<code>...). */
export const RESUME_COOKIE = "wf_survey";
/** The same token, sent to the link's JSON routes (/api/survey/<code>/...). */
export const RESUME_API_COOKIE = "wf_survey_api";

export function makeResumeToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashResumeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The two cookies holding the token, one per path: the link's pages and its JSON routes (no path
 * holds both, and a response sets one cookie per name). Scoped so that one link's token never
 * travels with another link's requests, and a device holds one response per link (an
 * interviewer's next interview replaces the last).
 */
export const resumeCookies = (code: string) => [
  { name: RESUME_COOKIE, path: `/survey/${code}` },
  { name: RESUME_API_COOKIE, path: `/api/survey/${code}` },
];

export function resumeCookieOptions(path: string, expires: Date, https: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path, secure: https, expires };
}

/**
 * Who answers: nobody the app knows. Commands of respondents take this in place of a user; its id
 * matches no user and nothing they do asks the permissions module about it: the resume token (or,
 * for an interview, the signed-in interviewer checked before) decides.
 */
export const RESPONDENT: Actor = {
  id: "",
  role: "PARTICIPANT",
  countryCode: null,
  organisationId: null,
};

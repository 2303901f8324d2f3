import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";

/**
 * The answering device's resume token: random, kept only in an httpOnly cookie, of which the
 * database holds the SHA-256 (SurveyResponse.resumeTokenHash). Nothing else ties a response to
 * a device, and nothing at all to a person.
 */
export const RESUME_COOKIE = "wf_survey";

export function makeResumeToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashResumeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The two paths the cookie is sent to: the link's pages and its JSON routes. Scoped so that one
 * link's token never travels with another link's requests, and a device can hold one response
 * per link (a supporter who is also asked as a worker, an interviewer's device between
 * interviews replaces it).
 */
export const resumeCookiePaths = (code: string) => [`/survey/${code}`, `/api/survey/${code}`];

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

/**
 * Who may reach which entry point: one row per page or route handler method that
 * entry-points.ts derives from app/, with the URL that fills its dynamic segments from the
 * spec's data and the status class each caller must get, in the order of CALLERS.
 *
 * The data (permission-matrix-data.ts): a Romanian session, OPEN and running live, of a
 * facilitator who is not a caller; the participant is a scoring member of it; the other
 * facilitator runs a Romanian session of their own; partners of Belgium and of Romania.
 */
export const CALLERS = [
  "signedOut",
  "guest",
  "participant",
  "otherFacilitator",
  "partnerOtherCountry",
  "partnerSameCountry",
  "admin",
] as const;
export type Caller = (typeof CALLERS)[number];

type Account = { email: string; password: string };
export type MatrixData = {
  accounts: Record<Exclude<Caller, "signedOut" | "guest"> | "owner", Account & { id: string }>;
  sessionId: string;
  agendaItemId: string;
  wiseId: string;
  gridId: string;
  publishedSessionId: string;
  shareToken: string;
  joinCode: string;
  /** A skills survey of the Romanian session's WISEs, made by its facilitator; a framework. */
  surveyId: string;
  skillFrameworkId: string;
  skillsSurveyId: string;
  /** A Romanian case study of the session's WISE, by the partner of Romania, with one photo. */
  caseStudyId: string;
  caseStudyAttachmentId: string;
  /** Romania's country report, released once, with the case study's photo. */
  reportId: string;
  releasedImageId: string;
  /** A public note of the Romanian session; Romanian good practices (one published) by the owner. */
  publicNoteId: string;
  goodPracticeId: string;
  publishedGoodPracticeId: string;
  /** Set by the spec once its guest has joined the live session. */
  guestParticipantId?: string;
};

/**
 * What a caller gets, by class: "ok" 2xx; "signIn" a redirect to /sign-in; "redirect" any other
 * redirect; "unauthenticated" 401; "denied" 403 or 404 (a page may hide what exists);
 * "invalid" 400 or 422 (a write let through to its input check, which refuses the empty body);
 * "conflict" 409 (let through, but the session is not in the state the request needs).
 */
export type Outcome =
  | "ok"
  | "signIn"
  | "redirect"
  | "unauthenticated"
  | "denied"
  | "invalid"
  | "conflict";

export function classify(status: number, location: string | null): string {
  if (status >= 200 && status < 300) return "ok";
  if (status >= 300 && status < 400)
    return location && new URL(location, "http://x").pathname === "/sign-in"
      ? "signIn"
      : "redirect";
  if (status === 401) return "unauthenticated";
  if (status === 403 || status === 404) return "denied";
  if (status === 400 || status === 422) return "invalid";
  if (status === 409) return "conflict";
  return String(status);
}

type Row = {
  url: (data: MatrixData) => string;
  /** The JSON body of a write; `{}` unless given. Never one that changes what a later cell reads. */
  body?: (data: MatrixData) => unknown;
  expect: Outcome[];
};

// Shorthands for the seven columns (signed out, guest, participant, other facilitator,
// partner of another country, partner of the same country, admin).
const S = "signIn" as const;
const O = "ok" as const;
const D = "denied" as const;
const U = "unauthenticated" as const;
const I = "invalid" as const;
const R = "redirect" as const;
const C = "conflict" as const;

const fixed = (url: string, expect: Outcome[]): Row => ({ url: () => url, expect });
const session = (suffix: string, expect: Outcome[]): Row => ({
  url: (data) => `/sessions/${data.sessionId}${suffix}`,
  expect,
});
const report = (suffix: string, expect: Outcome[]): Row => ({
  url: (data) => `/reports/${data.reportId}${suffix}`,
  expect,
});

export const MATRIX: Record<string, Row> = {
  "GET /": fixed("/", [S, S, O, O, O, O, O]),
  "GET /admin/import": fixed("/admin/import", [S, S, D, D, D, D, O]),
  "GET /admin/organisations": fixed("/admin/organisations", [S, S, D, D, D, D, O]),
  "GET /admin/users": fixed("/admin/users", [S, S, D, D, D, D, O]),
  "GET /admin/users/[userId]": {
    url: (data) => `/admin/users/${data.accounts.participant.id}`,
    expect: [S, S, D, D, D, D, O],
  },
  "GET /admin/users/new": fixed("/admin/users/new", [S, S, D, D, D, D, O]),
  "GET /api/admin/users/[userId]/personal-data": {
    url: (data) => `/api/admin/users/${data.accounts.participant.id}/personal-data`,
    expect: [S, S, D, D, D, D, O],
  },
  "GET /api/auth/[...nextauth]": fixed("/api/auth/session", [O, O, O, O, O, O, O]),
  "POST /api/auth/[...nextauth]": fixed("/api/auth/callback/credentials", [S, S, S, S, S, S, S]),
  "POST /api/csp-report": fixed("/api/csp-report", [O, O, O, O, O, O, O]),
  "POST /api/live/join": fixed("/api/live/join", [I, I, I, I, I, I, I]),
  "POST /api/live/scores": fixed("/api/live/scores", [U, I, I, I, I, I, I]),
  // Without the link's resume cookie nobody writes an answer.
  "POST /api/survey/[code]/changes": fixed("/api/survey/NO-SUCH-CODE/changes", [
    U,
    U,
    U,
    U,
    U,
    U,
    U,
  ]),
  "POST /api/live/sessions/[sessionId]/control": {
    url: (data) => `/api/live/sessions/${data.sessionId}/control`,
    // Admitting the guest, who is in already: a valid command that changes nothing, so the
    // status is the permission check's (and the guest's cells stay as they are).
    body: (data) => ({
      sessionId: data.sessionId,
      action: "admit",
      participantId: data.guestParticipantId,
    }),
    expect: [U, U, D, D, D, D, O],
  },
  "GET /api/live/sessions/[sessionId]/events": {
    url: (data) => `/api/live/sessions/${data.sessionId}/events`,
    expect: [U, O, D, D, D, D, O],
  },
  "GET /api/live/sessions/[sessionId]/my-scores": {
    url: (data) =>
      `/api/live/sessions/${data.sessionId}/my-scores?agendaItemId=${data.agendaItemId}`,
    expect: [U, O, O, D, D, O, O],
  },
  "GET /api/live/sessions/[sessionId]/reveal": {
    url: (data) => `/api/live/sessions/${data.sessionId}/reveal`,
    expect: [U, C, C, D, D, C, C],
  },
  "GET /api/live/sessions/[sessionId]/state": {
    url: (data) => `/api/live/sessions/${data.sessionId}/state`,
    expect: [U, O, O, D, D, O, O],
  },
  "GET /api/sessions/[sessionId]/bundle": {
    url: (data) => `/api/sessions/${data.sessionId}/bundle`,
    expect: [S, S, D, D, D, O, O],
  },
  "GET /api/sessions/[sessionId]/export": {
    url: (data) => `/api/sessions/${data.sessionId}/export?dataset=raw&format=csv`,
    expect: [S, S, D, D, D, O, O],
  },
  "GET /api/skills/gaps/export": {
    url: (data) => `/api/skills/gaps/export?survey=${data.skillsSurveyId}&kind=answers`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /api/wises/export": fixed("/api/wises/export", [S, S, D, O, O, O, O]),
  "GET /api/wises/template": fixed("/api/wises/template", [S, S, D, O, D, D, O]),
  "GET /api/case-studies/[id]/attachments/[attachmentId]": {
    url: (data) =>
      `/api/case-studies/${data.caseStudyId}/attachments/${data.caseStudyAttachmentId}`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /audit": fixed("/audit", [S, S, D, D, O, O, O]),
  "GET /case-studies": fixed("/case-studies", [S, S, D, O, O, O, O]),
  "GET /case-studies/[caseStudyId]": {
    url: (data) => `/case-studies/${data.caseStudyId}`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /case-studies/[caseStudyId]/attachments": {
    url: (data) => `/case-studies/${data.caseStudyId}/attachments`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /good-practices": fixed("/good-practices", [S, S, O, O, O, O, O]),
  // Marking a note: who may read its session and mark good practice in its country.
  "GET /good-practices/new": {
    url: (data) => `/good-practices/new?note=${data.publicNoteId}`,
    expect: [S, S, D, D, D, O, O],
  },
  "GET /good-practices/[goodPracticeId]": {
    url: (data) => `/good-practices/${data.goodPracticeId}`,
    expect: [S, S, O, O, O, O, O],
  },
  // The owner (a facilitator) marked it: other facilitators may not edit it; its partner may.
  "GET /good-practices/[goodPracticeId]/edit": {
    url: (data) => `/good-practices/${data.goodPracticeId}/edit`,
    expect: [S, S, D, D, D, O, O],
  },
  "GET /practices": fixed("/practices", [O, O, O, O, O, O, O]),
  "GET /practices/[goodPracticeId]": {
    url: (data) => `/practices/${data.publishedGoodPracticeId}`,
    expect: [O, O, O, O, O, O, O],
  },
  "GET /grids": fixed("/grids", [S, S, O, O, O, O, O]),
  "GET /grids/[gridId]": { url: (data) => `/grids/${data.gridId}`, expect: [S, S, O, O, O, O, O] },
  "GET /languages": fixed("/languages", [S, S, D, D, O, O, O]),
  // The Romanian texts: a partner of Romania corrects them, one of Belgium (fr, nl) may not.
  "GET /languages/[locale]": fixed("/languages/ro", [S, S, D, D, D, O, O]),
  "GET /invite/[token]": fixed("/invite/no-such-invitation", [O, O, O, O, O, O, O]),
  "GET /join": fixed("/join", [O, O, O, O, O, O, O]),
  "GET /live/[sessionId]": {
    url: (data) => `/live/${data.sessionId}`,
    expect: [O, O, O, O, O, O, O],
  },
  "GET /reports": fixed("/reports", [S, S, D, O, O, O, O]),
  "GET /reports/[reportId]": report("", [S, S, D, O, D, O, O]),
  "GET /reports/[reportId]/releases": report("/releases", [S, S, D, O, D, O, O]),
  "GET /reports/[reportId]/releases/[number]": report("/releases/1", [S, S, D, O, D, O, O]),
  // The release's files, made from its snapshot by the renderers (lib/reports/render-*.ts).
  "GET /api/reports/[reportId]/releases/[number]/pdf": {
    url: (data) => `/api/reports/${data.reportId}/releases/1/pdf`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /api/reports/[reportId]/releases/[number]/docx": {
    url: (data) => `/api/reports/${data.reportId}/releases/1/docx`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /api/reports/[reportId]/releases/[number]/images/[attachmentId]": {
    url: (data) => `/api/reports/${data.reportId}/releases/1/images/${data.releasedImageId}`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /results": fixed("/results", [S, S, D, O, O, O, O]),
  "GET /results/europe": fixed("/results/europe", [S, S, D, D, D, D, O]),
  "GET /s/[shareToken]": { url: (data) => `/s/${data.shareToken}`, expect: [O, O, O, O, O, O, O] },
  "GET /sessions": fixed("/sessions", [S, S, O, O, O, O, O]),
  "GET /survey": fixed("/survey", [O, O, O, O, O, O, O]),
  // An unknown code: 404 for everyone (the answering flow itself is in skills-answering.spec.ts).
  "GET /survey/[code]": fixed("/survey/NO-SUCH-CODE", [D, D, D, D, D, D, D]),
  "GET /survey/[code]/interview": fixed("/survey/NO-SUCH-CODE/interview", [S, S, D, D, D, D, D]),
  "GET /sessions/[sessionId]": session("", [S, S, O, D, D, O, O]),
  "GET /sessions/[sessionId]/classify/[agendaItemId]": {
    url: (data) => `/sessions/${data.sessionId}/classify/${data.agendaItemId}`,
    expect: [S, S, O, D, D, O, O],
  },
  "GET /sessions/[sessionId]/edit": session("/edit", [S, S, D, D, D, D, O]),
  "GET /sessions/[sessionId]/live": session("/live", [S, S, D, D, D, D, O]),
  "GET /sessions/[sessionId]/live/qr": {
    url: (data) => `/sessions/${data.sessionId}/live/qr?code=${data.joinCode}`,
    expect: [S, S, D, D, D, D, O],
  },
  "GET /sessions/[sessionId]/live/screen": session("/live/screen", [S, S, D, D, D, D, O]),
  "GET /sessions/[sessionId]/results": session("/results", [S, S, D, D, D, O, O]),
  "GET /sessions/[sessionId]/review": session("/review", [S, S, D, D, D, O, O]),
  "GET /sessions/[sessionId]/score/[agendaItemId]": {
    url: (data) => `/sessions/${data.sessionId}/score/${data.agendaItemId}`,
    expect: [S, S, O, D, D, D, D],
  },
  "GET /sessions/new": fixed("/sessions/new", [S, S, D, O, D, D, O]),
  "GET /sign-in": fixed("/sign-in", [O, O, R, R, R, R, R]),
  "GET /skills/frameworks": fixed("/skills/frameworks", [S, S, D, D, D, D, O]),
  "GET /skills/frameworks/[frameworkId]": {
    url: (data) => `/skills/frameworks/${data.skillFrameworkId}`,
    expect: [S, S, D, D, D, D, O],
  },
  "GET /summaries": fixed("/summaries", [S, S, O, O, O, O, O]),
  "GET /summaries/[sessionId]": {
    url: (data) => `/summaries/${data.publishedSessionId}`,
    expect: [S, S, O, D, D, O, O],
  },
  "GET /surveys": fixed("/surveys", [S, S, D, O, O, O, O]),
  "GET /surveys/[surveyId]": {
    url: (data) => `/surveys/${data.surveyId}`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /surveys/[surveyId]/sheet": {
    url: (data) => `/surveys/${data.surveyId}/sheet`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /surveys/new": fixed("/surveys/new", [S, S, D, O, O, O, O]),
  "GET /skills/gaps": fixed("/skills/gaps", [S, S, D, O, O, O, O]),
  "GET /skills/gaps/unmet": fixed("/skills/gaps/unmet", [S, S, D, O, O, O, O]),
  "GET /skills/offers": fixed("/skills/offers", [S, S, D, O, O, O, O]),
  "GET /surveys/[surveyId]/gaps": {
    url: (data) => `/surveys/${data.skillsSurveyId}/gaps`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /surveys/[surveyId]/plans/[wiseId]": {
    url: (data) => `/surveys/${data.skillsSurveyId}/plans/${data.wiseId}`,
    expect: [S, S, D, O, D, O, O],
  },
  "GET /wises": fixed("/wises", [S, S, D, O, O, O, O]),
  "GET /wises/[wiseId]": { url: (data) => `/wises/${data.wiseId}`, expect: [S, S, D, O, D, O, O] },
  "GET /wises/[wiseId]/edit": {
    url: (data) => `/wises/${data.wiseId}/edit`,
    expect: [S, S, D, O, D, D, O],
  },
  "GET /wises/import": fixed("/wises/import", [S, S, D, O, D, D, O]),
  "GET /wises/new": fixed("/wises/new", [S, S, D, O, D, D, O]),
};

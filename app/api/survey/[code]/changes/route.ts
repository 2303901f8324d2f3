import { cookies } from "next/headers";
import { liveError, liveFailure, liveJson, liveRoute, readJsonWrite } from "@/lib/live/respond";
import { saveSurveyChange } from "@/lib/skills/answers/answer-mutations";
import { RESPONDENT, RESUME_API_COOKIE } from "@/lib/skills/answers/resume-token";

/**
 * `POST /api/survey/<code>/changes` `{ kind: "skill", changeId, skillId, importanceNow,
 * importanceFuture, mastery, notPartOfJob }` or `{ kind: "profile", changeId, barriers,
 * preferredFormat, needText, submitted }` → 200 `{ saved, applied }`. Same-origin JSON only; the
 * resume cookie (sent only to this link's paths) says whose response. 401 "surveyNoResponse"
 * without it, 403 "surveyResponseUnknown" for a token of no response of this link, 409
 * "surveyClosed", 400 with field errors for a malformed change. The respondent's own queue
 * (lib/skills/answers/client) retries 5xx and 503 "tryAgain".
 */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return liveRoute(async () => {
    const read = await readJsonWrite(request);
    if (!read.ok) return read.response;
    const token = (await cookies()).get(RESUME_API_COOKIE)?.value;
    if (!token) return liveError(401, "surveyNoResponse");
    const { code } = await params;
    const result = await saveSurveyChange(RESPONDENT, { token, code, change: read.body });
    if (!result.ok) return liveFailure(result);
    return liveJson(result.data);
  });
}

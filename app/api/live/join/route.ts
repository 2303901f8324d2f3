import { cookies } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";
import { GUEST_COOKIE, guestCookieOptions } from "@/lib/live/guest-token";
import { joinLive } from "@/lib/live/participant-mutations";
import { liveFailure, liveJson, liveRoute, readJsonWrite } from "@/lib/live/respond";

/**
 * `POST /api/live/join` `{ code, displayName }` → 201 `{ participantId, sessionId, status }` and
 * the guest's `wf_live` cookie. 404 "liveCodeUnknown" for a code no running live part has,
 * 429 "liveJoinThrottled" after too many attempts, 409 "liveRoomFull" at the guest cap.
 */
export async function POST(request: Request) {
  return liveRoute(async () => {
    const read = await readJsonWrite(request);
    if (!read.ok) return read.response;
    const { body } = read;
    const result = await joinLive(body, {
      address: clientAddress(request.headers),
      previousSecret: (await cookies()).get(GUEST_COOKIE)?.value,
    });
    if (!result.ok) return liveFailure(result);
    const { secret, ...joined } = result.data;
    // Secure whenever the phone reached us over HTTPS (directly or through a proxy); plain
    // http://localhost in development and tests would otherwise drop the cookie.
    const https =
      new URL(request.url).protocol === "https:" ||
      request.headers.get("x-forwarded-proto") === "https";
    (await cookies()).set(GUEST_COOKIE, secret, guestCookieOptions(https));
    return liveJson(joined, 201);
  });
}

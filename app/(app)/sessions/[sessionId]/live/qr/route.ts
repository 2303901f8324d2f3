import QRCode from "qrcode";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { publicOrigin } from "@/lib/http/public-origin";
import { getSessionAccess } from "@/lib/sessions/access";

/** Join codes are six characters of the live alphabet; anything else is not ours to encode. */
const CODE = /^[A-Z0-9]{6}$/;

/**
 * The QR code of `<origin>/join?code=…` as SVG, drawn on the server for the console and the
 * room's screen. Only for those who run the session, so it is not an open QR generator.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ sessionId: string }> },
) {
  const { sessionId } = await params;
  const code = new URL(request.url).searchParams.get("code") ?? "";
  if (!CODE.test(code)) return Response.json({ error: "liveCodeUnknown" }, { status: 400 });
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "signedOut" }, { status: 403 });
  const access = await getSessionAccess(user, sessionId);
  if (!access) return Response.json({ error: "sessionNotFound" }, { status: 404 });
  if (!can(user, "live.control", access))
    return Response.json({ error: "forbidden" }, { status: 403 });
  const url = `${publicOrigin()}/join?code=${code}`;
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return new Response(svg, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "private, max-age=3600",
    },
  });
}

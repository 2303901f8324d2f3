import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LiveScreen } from "@/components/live/screen/live-screen";
import { requestOrigin } from "@/lib/actions/request-origin";
import { forbidIfRefused } from "@/lib/auth/forbid";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getSessionOverview } from "@/lib/sessions/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("LiveScreen");
  return { title: t("title") };
}

/** The room's screen, opened by the facilitator on the projector's computer. */
export default async function LiveScreenPage({
  params,
}: {
  params: Promise<{ sessionId: string }>;
}) {
  const { sessionId } = await params;
  const user = await requireUser();
  const overview = await forbidIfRefused(() => getSessionOverview(user, sessionId));
  if (!overview) notFound();
  if (!can(user, "live.control", overview.access)) forbidden();
  const t = await getTranslations("LiveScreen");
  return (
    <>
      <h1 className="sr-only">{t("title")}</h1>
      <LiveScreen sessionId={sessionId} origin={await requestOrigin()} />
    </>
  );
}

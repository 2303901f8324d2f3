import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LiveScreen } from "@/components/live/screen/live-screen";
import { publicOrigin } from "@/lib/http/public-origin";
import { requireLiveControl } from "@/lib/live/console-page";

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
  await requireLiveControl(sessionId);
  const t = await getTranslations("LiveScreen");
  return (
    <ClientMessages namespaces={["Live", "LiveScreen"]}>
      <h1 className="sr-only">{t("title")}</h1>
      <LiveScreen sessionId={sessionId} origin={publicOrigin()} />
    </ClientMessages>
  );
}

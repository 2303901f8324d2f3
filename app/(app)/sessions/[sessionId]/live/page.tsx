import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LiveConsole } from "@/components/live/console/live-console";
import { PageHeader } from "@/components/ui/page-header";
import { getGrid } from "@/lib/grids/queries";
import { publicOrigin } from "@/lib/http/public-origin";
import { requireLiveControl } from "@/lib/live/console-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("LiveConsole");
  return { title: t("runLive") };
}

/** The facilitator's console: who is in the room, the agenda, blind progress, the reveal. */
export default async function LiveConsolePage({
  params,
}: {
  params: Promise<{ sessionId: string }>;
}) {
  const { sessionId } = await params;
  const { user, session } = await requireLiveControl(sessionId);
  const origin = publicOrigin();
  const [grid, t] = await Promise.all([
    getGrid(user, session.grid.id),
    getTranslations("LiveConsole"),
  ]);
  const criterionCount =
    grid?.categories.reduce((total, category) => total + category.criteria.length, 0) ?? 0;
  return (
    <ClientMessages namespaces={["Errors", "Live", "LiveConsole"]}>
      <PageHeader title={t("title", { session: session.title })} />
      <p className="mb-4">
        <Link href={`/sessions/${sessionId}`} className="font-medium text-teal-800 underline">
          {t("backToSession")}
        </Link>
      </p>
      {session.status === "OPEN" ? (
        <LiveConsole
          sessionId={sessionId}
          origin={origin}
          criterionCount={criterionCount}
          agenda={session.agendaItems.map((item) => ({ id: item.id, wiseName: item.wise.name }))}
        />
      ) : (
        <p className="rounded-lg border border-slate-300 bg-white p-4">{t("notOpen")}</p>
      )}
    </ClientMessages>
  );
}

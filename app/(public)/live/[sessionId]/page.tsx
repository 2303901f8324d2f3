import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LivePhone, type PhoneCategoryView } from "@/components/live/phone/live-phone";
import type { Actor } from "@/lib/auth/permissions";
import { getGrid } from "@/lib/grids/queries";
import { localLevels, localName } from "@/lib/grids/rules";
import { getLiveViewer } from "@/lib/live/viewer";
import { getSessionOverview } from "@/lib/sessions/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("LivePhone");
  return { title: t("title") };
}

/**
 * The session's grid in the reader's language, for an admitted guest (a scoring member, so the
 * session is theirs to read). Before admission there is nothing to score: the phone reloads
 * this page's data once the facilitator lets them in.
 */
async function gridForGuest(actor: Actor, sessionId: string, locale: string) {
  const overview = await getSessionOverview(actor, sessionId).catch(() => null);
  const grid = overview && (await getGrid(actor, overview.session.grid.id));
  if (!grid) return [];
  return grid.categories.map(
    (category): PhoneCategoryView => ({
      id: category.id,
      name: localName(locale, category),
      criteria: category.criteria.map((criterion) => ({
        id: criterion.id,
        name: localName(locale, criterion),
        levels: [...localLevels(locale, criterion)],
      })),
    }),
  );
}

/** The guest's phone. Without a guest cookie for this session: a way to join instead. */
export default async function LivePhonePage({
  params,
}: {
  params: Promise<{ sessionId: string }>;
}) {
  const { sessionId } = await params;
  const [viewer, t, locale] = await Promise.all([
    getLiveViewer(sessionId),
    getTranslations("LivePhone"),
    getLocale(),
  ]);
  const heading = <h1 className="mb-3 text-2xl font-bold text-slate-900">{t("title")}</h1>;
  if (viewer?.kind !== "guest") {
    return (
      <div className="mx-auto max-w-xl">
        {heading}
        <p className="mb-4 text-lg">{t("notJoined")}</p>
        <Link href="/join" className="font-medium text-teal-800 underline">
          {t("goJoin")}
        </Link>
      </div>
    );
  }
  const { guest, actor } = viewer;
  const categories = viewer.mayParticipate ? await gridForGuest(actor, sessionId, locale) : [];
  return (
    <ClientMessages namespaces={["Errors", "LivePhone", "Scoring"]}>
      <div className="mx-auto max-w-xl">{heading}</div>
      <LivePhone
        sessionId={sessionId}
        participantId={guest.participantId}
        displayName={guest.displayName}
        initialStatus={guest.status}
        initialEnded={!guest.sessionOpen || guest.liveEnded}
        categories={categories}
      />
    </ClientMessages>
  );
}

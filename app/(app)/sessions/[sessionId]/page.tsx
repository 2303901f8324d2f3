import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DownloadsPanel } from "@/components/exports/downloads-panel";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AgendaPanel } from "@/components/sessions/agenda-panel";
import { MembersPanel } from "@/components/sessions/members-panel";
import { NotesPanel } from "@/components/sessions/notes-panel";
import { SessionLinks } from "@/components/sessions/session-links";
import { StatusPanel } from "@/components/sessions/status-panel";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { forbidIfRefused } from "@/lib/auth/forbid";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { allowedDownloads } from "@/lib/exports/access";
import { getSessionOverview, listSessionNotes, listWisesForAgenda } from "@/lib/sessions/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sessions");
  return { title: t("session") };
}

export default async function SessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await requireUser();
  const overview = await forbidIfRefused(() => getSessionOverview(user, sessionId));
  if (!overview) notFound();
  const { session, access } = overview;
  const manages = can(user, "session.manage", access);
  const runsLive = session.status === "OPEN" && can(user, "live.control", access);
  const [notes, availableWises, t, tLive, dates, locale] = await Promise.all([
    listSessionNotes(user, sessionId),
    manages ? listWisesForAgenda(sessionId, session.countryCode) : Promise.resolve([]),
    getTranslations("Sessions"),
    getTranslations("LiveConsole"),
    getDateFormatter(),
    getLocale(),
  ]);
  const where = session.online ? t("online") : (session.place ?? "—");
  return (
    <ClientMessages namespaces={["Errors", "Forms", "Sessions"]}>
      <PageHeader
        title={session.title}
        description={`${dates.dateTime(session.startsAt, "full")} · ${countryName(session.countryCode, locale)} · ${where}`}
        actions={
          (manages || runsLive) && (
            <div className="flex flex-wrap gap-2">
              {runsLive && (
                <Link href={`/sessions/${sessionId}/live`} className={buttonClasses("primary")}>
                  {tLive("runLive")}
                </Link>
              )}
              {manages && !access.imported && (
                <Link href={`/sessions/${sessionId}/edit`} className={buttonClasses("secondary")}>
                  {t("edit")}
                </Link>
              )}
            </div>
          )
        }
      />
      <p className="mb-6 text-slate-800">
        {t("gridUsed", { grid: `${session.grid.name} v${session.grid.version}` })}
        {session.organisations.length > 0 &&
          ` · ${t("partners", { names: session.organisations.map((link) => link.organisation.name).join(", ") })}`}
      </p>
      {access.imported && (
        <p role="note" className="mb-6 rounded-md border border-slate-400 bg-white p-3">
          {t("importedReadOnly")}
        </p>
      )}
      <SessionLinks user={user} sessionId={sessionId} access={access} />
      <StatusPanel
        user={user}
        sessionId={sessionId}
        access={access}
        history={session.statusChanges}
      />
      <AgendaPanel
        user={user}
        sessionId={sessionId}
        access={access}
        items={session.agendaItems}
        availableWises={availableWises}
      />
      <MembersPanel
        user={user}
        sessionId={sessionId}
        access={access}
        facilitatorName={session.facilitator.name}
        members={session.members}
      />
      <DownloadsPanel sessionId={sessionId} allowed={allowedDownloads(user, access)} />
      <NotesPanel
        sessionId={sessionId}
        notes={notes}
        canWrite={manages && !access.imported}
        agenda={session.agendaItems}
        canMarkGoodPractice={can(user, "goodPractice.create", session)}
      />
    </ClientMessages>
  );
}

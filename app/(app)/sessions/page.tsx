import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/sessions/status-badge";
import { ListPageHeader } from "@/components/ui/list-page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { listSessions } from "@/lib/sessions/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sessions");
  return { title: t("title") };
}

export default async function SessionsPage() {
  const user = await requirePermission("session.list");
  const [sessions, t, dates, locale] = await Promise.all([
    listSessions(user),
    getTranslations("Sessions"),
    getDateFormatter(),
    getLocale(),
  ]);
  return (
    <>
      <ListPageHeader
        title={t("title")}
        description={t("description")}
        newItem={can(user, "session.create") && { href: "/sessions/new", label: t("new") }}
      />
      {sessions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-3">
          {sessions.map((session) => (
            <li
              key={session.id}
              className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Link
                    href={`/sessions/${session.id}`}
                    className="text-teal-800 underline underline-offset-4"
                  >
                    {session.title}
                  </Link>
                </h2>
                <StatusBadge status={session.status} />
              </div>
              <p className="mt-1 text-slate-700">
                {dates.dateTime(session.startsAt)} · {countryName(session.countryCode, locale)} ·{" "}
                {session.online ? t("online") : (session.place ?? "—")}
              </p>
              <p className="text-sm text-slate-700">
                {t("facilitatedBy", { name: session.facilitator.name })} ·{" "}
                {t("wiseCount", { count: session._count.agendaItems })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

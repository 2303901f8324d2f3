import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type Actor, can, type SessionAccess } from "@/lib/auth/permissions";

/** Where the session leads next: its results, the partner's review, the published summary. */
export async function SessionLinks({
  user,
  sessionId,
  access,
}: {
  user: Actor;
  sessionId: string;
  access: SessionAccess;
}) {
  const t = await getTranslations("Sessions.links");
  const links = [
    {
      href: `/sessions/${sessionId}/results`,
      label: t("results"),
      show: can(user, "results.read", access),
    },
    {
      href: `/sessions/${sessionId}/review`,
      label: t("review"),
      show: can(user, "results.read", access),
    },
    {
      href: `/summaries/${sessionId}`,
      label: t("summary"),
      show: can(user, "summary.readSession", access),
    },
  ].filter((link) => link.show);
  if (links.length === 0) return null;
  return (
    <nav aria-label={t("label")} className="mb-6 flex flex-wrap gap-2">
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          className="min-h-11 rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-teal-900 hover:bg-slate-100"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "@/lib/audit/actions";
import type { AuditEntry } from "@/lib/audit/queries";
import { getDateFormatter } from "@/lib/dates/reader";
import { AuditChanges } from "./audit-changes";

const isKnown = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** The trail, newest first; times in the reader's language and the app's time zone. */
export async function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [t, dates] = await Promise.all([getTranslations("Audit"), getDateFormatter()]);
  // Entries written under a name this version no longer uses are shown as they were stored.
  const actionLabel = (action: string) =>
    isKnown(AUDIT_ACTIONS, action) ? t(`actions.${action}`) : action;
  const typeLabel = (type: string) =>
    isKnown(AUDIT_TARGET_TYPES, type) ? t(`types.${type}`) : type;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2">
              {t("when")}
            </th>
            <th scope="col" className="p-2">
              {t("who")}
            </th>
            <th scope="col" className="p-2">
              {t("what")}
            </th>
            <th scope="col" className="p-2">
              {t("objectColumn")}
            </th>
            <th scope="col" className="p-2">
              {t("changes")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-200 align-top">
              <td className="whitespace-nowrap p-2">
                <time dateTime={entry.createdAt.toISOString()}>
                  {dates.dateTime(entry.createdAt, "medium")}
                </time>
              </td>
              <td className="p-2">
                {entry.actor ? (
                  <>
                    {entry.actor.name}
                    <span className="block text-sm text-slate-700">{entry.actor.email}</span>
                  </>
                ) : (
                  t("unknownPerson")
                )}
              </td>
              <td className="p-2">{actionLabel(entry.action)}</td>
              <td className="p-2">
                <span className="block text-sm text-slate-700">{typeLabel(entry.targetType)}</span>
                {entry.targetLabel ?? "—"}
                {/* Every entry about this object, whatever it was called at the time. */}
                <Link
                  href={`/audit?object=${encodeURIComponent(entry.targetId)}`}
                  className="block text-xs text-teal-800 underline"
                >
                  <code>{entry.targetId}</code>
                  <span className="sr-only">
                    {" "}
                    ({t("historyOf", { name: entry.targetLabel ?? entry.targetId })})
                  </span>
                </Link>
              </td>
              <td className="p-2">
                <AuditChanges before={entry.before} after={entry.after} details={entry.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

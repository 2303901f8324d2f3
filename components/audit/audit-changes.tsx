import { getTranslations } from "next-intl/server";
import { changedFields, displayValue } from "@/lib/audit/rules";

/**
 * The fields a command changed, folded so that a long trail stays readable. Field names are the
 * snapshot's own (the columns of the object), shown as code rather than translated.
 */
export async function AuditChanges(props: { before: unknown; after: unknown; details: unknown }) {
  const t = await getTranslations("Audit");
  const changes = changedFields(props.before, props.after);
  const details = displayValue(
    props.details && Object.keys(props.details as object).length > 0 ? props.details : null,
  );
  // Entries older than the snapshots have neither: nothing to say about them.
  const created = props.before === null && props.after !== null;
  const deleted = props.before !== null && props.after === null;
  const kind = created ? t("created") : deleted ? t("deleted") : undefined;
  return (
    <div className="text-sm">
      {kind && <p className="font-medium">{kind}</p>}
      {changes.length === 0 ? (
        <p>{t("noChange")}</p>
      ) : (
        <details>
          <summary className="cursor-pointer text-teal-800 underline">
            {t("changedFields", { count: changes.length })}
          </summary>
          <table className="mt-2 w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-1">
                  {t("field")}
                </th>
                <th scope="col" className="p-1">
                  {t("before")}
                </th>
                <th scope="col" className="p-1">
                  {t("after")}
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field} className="border-b border-slate-100 align-top">
                  <th scope="row" className="p-1 font-normal">
                    <code>{change.field}</code>
                  </th>
                  <td className="max-w-48 p-1 [overflow-wrap:anywhere]">
                    {displayValue(change.before)}
                  </td>
                  <td className="max-w-48 p-1 [overflow-wrap:anywhere]">
                    {displayValue(change.after)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {details !== "—" && (
        <p className="mt-1 break-words text-slate-700">
          {t("details")}: {details}
        </p>
      )}
    </div>
  );
}

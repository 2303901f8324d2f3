import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { type Actor, can, type SessionAccess } from "@/lib/auth/permissions";
import type { WiseModel } from "@/lib/generated/prisma/enums";
import { moveAgendaItemAction, removeAgendaItemAction } from "@/lib/sessions/actions";
import { isAgendaEditable } from "@/lib/sessions/rules";
import { AddAgendaItemForm } from "./add-agenda-item-form";

type AgendaItem = {
  id: string;
  position: number;
  wise: { id: string; name: string; region: string | null };
  classification: { agreedModel: WiseModel | null; suggestedModel: WiseModel | null } | null;
  _count: { evaluations: number };
};

type Props = {
  user: Actor;
  sessionId: string;
  access: SessionAccess;
  items: AgendaItem[];
  availableWises: { id: string; name: string; region: string | null }[];
};

export async function AgendaPanel({ user, sessionId, access, items, availableWises }: Props) {
  const t = await getTranslations("Sessions.agenda");
  const tModels = await getTranslations("Models");
  // An imported session's agenda comes from its bundle (lib/bundles): read-only here.
  const manages =
    can(user, "session.manage", access) && isAgendaEditable(access.status) && !access.imported;
  const scores = can(user, "evaluation.score", access);
  return (
    <section aria-labelledby="agenda-heading" className="mb-8">
      <h2 id="agenda-heading" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      {items.length === 0 && <p className="mb-3">{t("empty")}</p>}
      <ol className="mb-4 grid gap-3">
        {items.map((item, index) => (
          <li key={item.id} className="rounded-lg border border-slate-300 bg-white p-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-lg font-semibold">
                {item.position}. {item.wise.name}
                {item.wise.region && (
                  <span className="font-normal text-slate-700"> · {item.wise.region}</span>
                )}
              </h3>
              <p className="text-sm text-slate-700">
                {t("raters", { count: item._count.evaluations })}
              </p>
            </div>
            <p className="text-slate-800">
              {item.classification?.agreedModel
                ? t("agreedModel", { model: tModels(`${item.classification.agreedModel}.name`) })
                : t("notClassified")}
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              {scores && (
                <Link
                  href={`/sessions/${sessionId}/score/${item.id}`}
                  className="min-h-11 rounded-md bg-teal-800 px-4 py-2 font-medium text-white"
                >
                  {t("score", { wise: item.wise.name })}
                </Link>
              )}
              <Link
                href={`/sessions/${sessionId}/classify/${item.id}`}
                className="min-h-11 rounded-md border border-slate-500 px-4 py-2 font-medium"
              >
                {t("classify")}
              </Link>
              {manages && index > 0 && (
                <ActionForm
                  action={moveAgendaItemAction}
                  fields={{ sessionId, agendaItemId: item.id, direction: "up" }}
                  label="↑"
                  accessibleLabel={t("moveUp", { wise: item.wise.name })}
                />
              )}
              {manages && index < items.length - 1 && (
                <ActionForm
                  action={moveAgendaItemAction}
                  fields={{ sessionId, agendaItemId: item.id, direction: "down" }}
                  label="↓"
                  accessibleLabel={t("moveDown", { wise: item.wise.name })}
                />
              )}
              {manages && item._count.evaluations === 0 && (
                <ActionForm
                  action={removeAgendaItemAction}
                  fields={{ sessionId, agendaItemId: item.id }}
                  label={t("remove")}
                  accessibleLabel={t("removeWise", { wise: item.wise.name })}
                  variant="danger"
                  confirm={t("removeConfirm", { wise: item.wise.name })}
                />
              )}
            </div>
          </li>
        ))}
      </ol>
      {manages && (
        <AddAgendaItemForm
          sessionId={sessionId}
          options={availableWises.map((wise) => ({
            value: wise.id,
            label: wise.region ? `${wise.name} (${wise.region})` : wise.name,
          }))}
        />
      )}
    </section>
  );
}

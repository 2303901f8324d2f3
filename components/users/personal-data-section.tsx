import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClasses } from "@/components/ui/button-classes";
import { type Actor, can } from "@/lib/auth/permissions";
import { eraseUserAction } from "@/lib/users/actions";
import { isErasedEmail } from "@/lib/users/erasure";

/** On an admin's user page: download what the app holds about the person, or erase it. */
export async function PersonalDataSection({
  actor,
  user,
}: {
  actor: Actor;
  user: { id: string; name: string; email: string };
}) {
  if (!can(actor, "user.exportData", { id: user.id })) return null;
  const t = await getTranslations("Users");
  return (
    <section aria-labelledby="personal-data" className="mt-8">
      <h2 id="personal-data" className="mb-3 text-xl font-semibold">
        {t("personalData")}
      </h2>
      <p className="mb-3">{t("personalDataIntro")}</p>
      <a
        href={`/api/admin/users/${encodeURIComponent(user.id)}/personal-data`}
        download
        className={buttonClasses("secondary")}
      >
        {t("downloadPersonalData")}
      </a>
      <div className="mt-6">
        {isErasedEmail(user.email) ? (
          <p role="status">{t("erased")}</p>
        ) : can(actor, "user.erase", { id: user.id }) ? (
          <>
            <p className="mb-3">{t("eraseIntro")}</p>
            <ActionForm
              action={eraseUserAction}
              fields={{ userId: user.id }}
              label={t("erase")}
              variant="danger"
              confirm={t("eraseConfirm", { name: user.name })}
            />
          </>
        ) : (
          <p>{t("cannotEraseSelf")}</p>
        )}
      </div>
    </section>
  );
}

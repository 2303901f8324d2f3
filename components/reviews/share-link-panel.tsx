import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { publicOrigin } from "@/lib/http/public-origin";
import { setShareLinkAction } from "@/lib/reviews/actions";

/** The published summary's share link: its address to copy, and the switch to turn it off or on. */
export async function SharePanel({
  sessionId,
  shareToken,
}: {
  sessionId: string;
  shareToken: string | null;
}) {
  const t = await getTranslations("Reviews.share");
  const url = shareToken ? `${publicOrigin()}/s/${shareToken}` : null;
  return (
    <section aria-labelledby="share-heading" className="mb-8">
      <h2 id="share-heading" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-2 max-w-prose text-slate-800">{t("intro")}</p>
      {url ? (
        <>
          <p>{t("on")}</p>
          <p className="mb-3 break-all rounded-md border border-slate-300 bg-white p-2 font-mono text-sm">
            <a href={url} className="text-teal-900 underline">
              {url}
            </a>
          </p>
          <ActionForm
            action={setShareLinkAction}
            fields={{ sessionId, enabled: "false" }}
            label={t("disable")}
            variant="danger"
          />
          <p className="mt-1 text-sm text-slate-700">{t("disableHint")}</p>
        </>
      ) : (
        <>
          <p className="mb-2">{t("off")}</p>
          <ActionForm
            action={setShareLinkAction}
            fields={{ sessionId, enabled: "true" }}
            label={t("enable")}
          />
        </>
      )}
    </section>
  );
}

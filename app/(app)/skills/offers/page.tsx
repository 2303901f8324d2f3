import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ScrollRegion } from "@/components/results/scroll-region";
import { OfferForm, type OfferFormValues } from "@/components/skills/offer-form";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission, requireUser } from "@/lib/auth/session";
import { COUNTRY_CODES, countriesByName, countryName } from "@/lib/countries/catalogue";
import { deleteTrainingOfferAction } from "@/lib/skills/actions";
import { STAFF_GROUPS } from "@/lib/skills/gaps/rules";
import { type ListedOffer, listTrainingOffers } from "@/lib/skills/offers/queries";
import { OFFER_LANGUAGES, TRAINING_FORMATS } from "@/lib/skills/offers/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("TrainingOffers");
  return { title: t("title") };
}

function formValues(offer: ListedOffer | undefined, countryCode: string): OfferFormValues {
  if (!offer) return { countryCode, language: "", group: "ENABLER", format: "CLASSROOM" };
  return {
    offerId: offer.id,
    title: offer.title,
    skillCodes: offer.skills.map((s) => s.skillCode).join(", "),
    group: offer.group,
    eqfLevel: offer.eqfLevel?.toString() ?? "",
    format: offer.format,
    hours: offer.hours?.toString() ?? "",
    language: offer.language,
    countryCode: offer.countryCode,
    provider: offer.provider,
    costEur: offer.costEur?.toString() ?? "",
    accessibility: offer.accessibility ?? "",
    url: offer.url ?? "",
  };
}

/** The training offers catalogue: partners keep their country's, admins every country's. */
export default async function TrainingOffersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const signedIn = await requireUser();
  const user = await requirePermission("skills.readGaps", {
    countryCode: signedIn.countryCode ?? "ZZ",
  });
  const { edit } = await searchParams;
  const [offers, t, tGaps, locale] = await Promise.all([
    listTrainingOffers(user),
    getTranslations("TrainingOffers"),
    getTranslations("SkillGaps"),
    getLocale(),
  ]);
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const manageable = COUNTRY_CODES.filter((code) =>
    can(user, "trainingOffer.manage", { countryCode: code }),
  );
  const editing = offers.find(
    (offer) => offer.id === edit && manageable.includes(offer.countryCode),
  );
  const none = t("none");
  // One provider for the whole page: its client forms share the messages, sent once.
  return (
    <ClientMessages namespaces={["Errors", "Forms", "TrainingOffers"]}>
      <PageHeader title={t("title")} description={t("description")} />
      {manageable.length > 0 && (
        <section aria-labelledby="offer-form-heading">
          <h2 id="offer-form-heading" className="mb-2 text-xl font-semibold">
            {editing ? `${t("edit")}: ${editing.title}` : t("add")}
          </h2>
          <OfferForm
            key={editing?.id ?? "new"}
            values={formValues(
              editing,
              manageable.length === 1 ? (manageable[0] ?? "") : (user.countryCode ?? ""),
            )}
            groups={STAFF_GROUPS.map((g) => ({ value: g, label: tGaps(`groups.${g}`) }))}
            formats={TRAINING_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
            languages={[
              { value: "", label: "—" },
              ...OFFER_LANGUAGES.map((code) => ({
                value: code,
                label: languageName.of(code) ?? code,
              })),
            ]}
            countries={countriesByName(manageable, locale).map((c) => ({
              value: c.code,
              label: c.name,
            }))}
          />
        </section>
      )}
      {offers.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollRegion labelledBy="offers-caption">
          <table className="w-full border-collapse text-left text-sm">
            <caption id="offers-caption" className="mb-1 text-left font-semibold">
              {t("caption")}
            </caption>
            <thead>
              <tr className="border-b border-slate-400">
                {(
                  [
                    "title",
                    "skillCodes",
                    "group",
                    "eqfLevel",
                    "format",
                    "hours",
                    "language",
                    "countryCode",
                    "provider",
                    "costEur",
                    "accessibility",
                  ] as const
                ).map((column) => (
                  <th key={column} scope="col" className="p-2">
                    {t(`fields.${column}`)}
                  </th>
                ))}
                <th scope="col" className="p-2">
                  <span className="sr-only">{t("edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {offers.map((offer) => (
                <tr key={offer.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-medium">
                    {offer.url ? (
                      <a
                        href={offer.url}
                        className="text-teal-800 underline underline-offset-4"
                        rel="noopener noreferrer"
                      >
                        {offer.title}
                      </a>
                    ) : (
                      offer.title
                    )}
                  </th>
                  <td className="p-2">{offer.skills.map((s) => s.skillCode).join(", ")}</td>
                  <td className="p-2">{tGaps(`groups.${offer.group}`)}</td>
                  <td className="p-2">{offer.eqfLevel ?? none}</td>
                  <td className="p-2">{t(`formats.${offer.format}`)}</td>
                  <td className="p-2">{offer.hours ?? none}</td>
                  <td className="p-2">{languageName.of(offer.language) ?? offer.language}</td>
                  <td className="p-2">{countryName(offer.countryCode, locale)}</td>
                  <td className="p-2">{offer.provider}</td>
                  <td className="p-2">{offer.costEur?.toString() ?? none}</td>
                  <td className="p-2">{offer.accessibility ?? none}</td>
                  <td className="p-2">
                    {manageable.includes(offer.countryCode) && (
                      <span className="flex flex-wrap gap-2">
                        <a
                          href={`/skills/offers?edit=${offer.id}`}
                          className="text-teal-800 underline underline-offset-4"
                          aria-label={`${t("edit")}: ${offer.title}`}
                        >
                          {t("edit")}
                        </a>

                        <ActionForm
                          action={deleteTrainingOfferAction}
                          fields={{ offerId: offer.id }}
                          label={t("remove")}
                          accessibleLabel={`${t("remove")}: ${offer.title}`}
                          variant="danger"
                          confirm={t("removeConfirm")}
                        />
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </ClientMessages>
  );
}

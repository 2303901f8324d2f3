import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { countryName } from "@/lib/countries/catalogue";
import { rulesByFact } from "@/lib/wises/country-rules/facts";
import type { WiseProfile } from "@/lib/wises/queries";
import {
  FUNCTION_WEIGHT_FIELDS,
  NATIONAL_RULE_FIELD_NAMES,
  REVENUE_FIELDS,
} from "@/lib/wises/schemas";
import { SMALL_GROUP_FACTS } from "@/lib/wises/support-need-suppression";
import { SupportNeedSummary } from "./support-need-summary";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id={id} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 sm:grid-cols-2">
      {items.map(([label, value]) => (
        <div key={label} className="border-b border-slate-100 py-2">
          <dt className="text-sm font-medium text-slate-700">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A WISE's profile as stored, in sections; unknown values say so rather than showing a blank. */
/** The facts the rules of the WISE's country read, as the form asks them. */
async function NationalFacts({ wise }: { wise: WiseProfile }) {
  const [t, tRules, format] = await Promise.all([
    getTranslations("Wises"),
    getTranslations("CountryRulesForm"),
    getFormatter(),
  ]);
  const used = rulesByFact(wise.countryCode, wise.subdivisionCode);
  const fields = NATIONAL_RULE_FIELD_NAMES.filter((field) => field in used);
  if (fields.length === 0) return null;
  const shown = (field: (typeof fields)[number]): ReactNode => {
    const value = wise[field];
    if (value === null) {
      const withheld =
        wise.smallGroupsWithheld && (SMALL_GROUP_FACTS as readonly string[]).includes(field);
      return <span className="text-slate-600">{withheld ? t("withheld") : t("notGiven")}</span>;
    }
    if (field === "legalFormCode") return tRules(`legalForms.${value}` as "legalForms.OTHER");
    if (field === "subdivisionCode")
      return tRules(`subdivisions.${value}` as "subdivisions.BE-VLG");
    return format.number(value as number, { maximumFractionDigits: 2 });
  };
  return <Facts items={fields.map((field) => [tRules(`fields.${field}`), shown(field)])} />;
}

export async function WiseProfileView({ wise }: { wise: WiseProfile }) {
  const [t, tForm, format, locale] = await Promise.all([
    getTranslations("Wises"),
    getTranslations("WiseForm"),
    getFormatter(),
    getLocale(),
  ]);
  const unknown = <span className="text-slate-600">{t("notGiven")}</span>;
  const or = (value: ReactNode | null | undefined) =>
    value === null || value === undefined || value === "" ? unknown : value;
  const number = (value: number | null) => (value === null ? unknown : format.number(value));
  const percent = (value: number | null) =>
    value === null
      ? unknown
      : t("percentValue", { value: format.number(value, { maximumFractionDigits: 2 }) });
  const share =
    wise.totalEmployees && wise.supportNeedWorkers !== null
      ? ` (${t("shareOfEmployees", {
          share: format.number(
            Math.floor((wise.supportNeedWorkers * 1000) / wise.totalEmployees) / 10,
          ),
        })})`
      : "";
  // Only web links: a stored value is never trusted to be a safe URL.
  const website =
    wise.website && /^https?:\/\//i.test(wise.website) ? (
      <a href={wise.website} className="text-teal-800 underline" rel="noopener noreferrer">
        {wise.website}
      </a>
    ) : (
      or(wise.website)
    );
  const email = wise.representativeEmail ? (
    <a href={`mailto:${wise.representativeEmail}`} className="text-teal-800 underline">
      {wise.representativeEmail}
    </a>
  ) : (
    unknown
  );
  return (
    <>
      <Section id="profile" title={t("sections.profile")}>
        <Facts
          items={[
            [tForm("legalForm"), or(wise.legalForm)],
            [
              t("place"),
              [countryName(wise.countryCode, locale), wise.region].filter(Boolean).join(" · "),
            ],
            [tForm("yearFounded"), or(wise.yearFounded)],
            [tForm("sectors"), or(wise.sectors.join(", "))],
            [tForm("website"), website],
            [tForm("description"), or(wise.description)],
          ]}
        />
      </Section>
      <Section id="workforce" title={t("sections.workforce")}>
        <Facts
          items={[
            [tForm("totalEmployees"), number(wise.totalEmployees)],
            [
              tForm("supportNeedWorkers"),
              wise.supportNeedWorkers === null
                ? unknown
                : `${format.number(wise.supportNeedWorkers)}${share}`,
            ],
            [tForm("supportNeedWorkingTimePct"), percent(wise.supportNeedWorkingTimePct)],
          ]}
        />
        <NationalFacts wise={wise} />
        <SupportNeedSummary supportNeeds={wise.supportNeeds} />
      </Section>
      <Section id="functions" title={t("sections.functions")}>
        <Facts
          items={[
            [
              tForm("integrationMode"),
              wise.integrationMode ? tForm(`integrationModes.${wise.integrationMode}`) : unknown,
            ],
            ...FUNCTION_WEIGHT_FIELDS.map((field): [string, ReactNode] => [
              tForm(field),
              wise[field] === null ? unknown : t("weightValue", { value: wise[field] }),
            ]),
          ]}
        />
      </Section>
      <Section id="revenue" title={t("sections.revenue")}>
        <Facts
          items={REVENUE_FIELDS.map((field): [string, ReactNode] => [
            tForm(field),
            percent(wise[field]),
          ])}
        />
      </Section>
      <Section id="representative" title={t("sections.representative")}>
        <Facts
          items={[
            [tForm("representativeName"), or(wise.representativeName)],
            [tForm("representativeRole"), or(wise.representativeRole)],
            [tForm("representativeEmail"), email],
          ]}
        />
      </Section>
    </>
  );
}

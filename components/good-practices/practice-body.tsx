import { getTranslations } from "next-intl/server";
import type { SkillArea, StaffGroup, WiseModel } from "@/lib/generated/prisma/enums";

type Practice = {
  need: string;
  practice: string;
  results: string;
  transfer: string;
  digitalTools: string;
  models: WiseModel[];
  staffGroups: StaffGroup[];
  skillAreas: SkillArea[];
};

const SECTIONS = ["need", "practice", "results", "transfer", "digitalTools"] as const;

/** The short structure and the tags, as the library and the public page both show them. */
export async function PracticeBody({ item }: { item: Practice }) {
  const [t, tModels, tGaps] = await Promise.all([
    getTranslations("GoodPractices"),
    getTranslations("Models"),
    getTranslations("SkillGaps"),
  ]);
  const tagRows = [
    { label: t("tags.models"), values: item.models.map((m) => tModels(`${m}.name`)) },
    { label: t("tags.staffGroups"), values: item.staffGroups.map((g) => tGaps(`groups.${g}`)) },
    { label: t("tags.skillAreas"), values: item.skillAreas.map((a) => tGaps(`areas.${a}`)) },
  ];
  return (
    <>
      {SECTIONS.filter((section) => item[section].trim() !== "").map((section) => (
        <section key={section} className="mb-5">
          <h2 className="mb-1 text-lg font-semibold">{t(`sections.${section}`)}</h2>
          <p className="whitespace-pre-line">{item[section]}</p>
        </section>
      ))}
      <section className="mb-5">
        <h2 className="mb-1 text-lg font-semibold">{t("tags.heading")}</h2>
        <dl className="grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {tagRows.map((row) => (
            <div key={row.label} className="contents">
              <dt className="font-medium">{row.label}</dt>
              <dd>{row.values.length > 0 ? row.values.join(", ") : t("tags.none")}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

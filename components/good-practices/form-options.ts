import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { WISE_MODELS } from "@/lib/classification/models";
import { SKILL_AREA_TAGS, STAFF_GROUP_TAGS } from "@/lib/good-practices/schemas";
import { languageLabel } from "@/lib/i18n/language-name";
import { LOCALES } from "@/lib/i18n/locales";

/** The choices of the good-practice form, labelled in the reader's language (server side). */
export async function practiceFormOptions() {
  const [tModels, tGaps, locale] = await Promise.all([
    getTranslations("Models"),
    getTranslations("SkillGaps"),
    getLocale(),
  ]);
  return {
    locale,
    locales: LOCALES.map((value) => ({ value, label: languageLabel(value, locale) })),
    tagOptions: {
      models: WISE_MODELS.map((value) => ({ value, label: tModels(`${value}.name`) })),
      staffGroups: STAFF_GROUP_TAGS.map((value) => ({ value, label: tGaps(`groups.${value}`) })),
      skillAreas: SKILL_AREA_TAGS.map((value) => ({ value, label: tGaps(`areas.${value}`) })),
    },
  };
}

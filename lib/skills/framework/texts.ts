import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** A skill's wording in one language: its short name, and for workers' skills an easy-read sentence. */
export const SkillWordingSchema = z.object({
  name: z.string().trim().min(1),
  easyRead: z.string().trim().min(1).optional(),
});
export type SkillWording = z.infer<typeof SkillWordingSchema>;

const TextsFileSchema = z.record(z.string(), SkillWordingSchema);
export type SkillTexts = z.infer<typeof TextsFileSchema>;

const TEXTS_DIR = fileURLToPath(new URL("./texts/", import.meta.url));

/**
 * Every texts/<locale>.json there is, by locale. A translator adds a language by adding a file:
 * the seed writes its rows without any code change. Read from disk (seed and tests, never a page).
 */
export function loadSkillTexts(): Record<string, SkillTexts> {
  const files = readdirSync(TEXTS_DIR).filter((file) => /^[a-z]{2}\.json$/.test(file));
  return Object.fromEntries(
    files.map((file) => {
      const raw = JSON.parse(readFileSync(`${TEXTS_DIR}${file}`, "utf8"));
      return [file.slice(0, 2), TextsFileSchema.parse(raw)];
    }),
  );
}

/** What a texts file lacks: codes with no name, worker codes with no easy-read sentence. */
export function missingWording(
  texts: SkillTexts,
  codes: readonly string[],
  easyRead: readonly string[],
): string[] {
  return [
    ...codes.filter((code) => !texts[code]).map((code) => `${code}: name`),
    ...easyRead.filter((code) => texts[code] && !texts[code].easyRead).map((c) => `${c}: easyRead`),
  ];
}

import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Locale } from "../locales";
import { FEATURES, type Messages, mergeCatalogues } from "./index";

const MESSAGES_DIR = join(process.cwd(), "lib", "i18n", "messages");

/**
 * One language's messages as written, in ICU text. `loadMessages` gives what the bundler made of
 * them, which in a production build is compiled (next.config.ts, `precompile`): fit for formatting,
 * not for showing a partner the text they correct or for comparing a correction's arguments with
 * the original's. Read from the files at run time, so it needs the source tree beside the server
 * (as `npm start` runs it).
 */
export async function loadSourceMessages(locale: Locale): Promise<Messages> {
  const files = await Promise.all(
    FEATURES.map(async (feature) =>
      JSON.parse(await readFile(join(MESSAGES_DIR, locale, `${feature}.json`), "utf8")),
    ),
  );
  return mergeCatalogues(files) as Messages;
}

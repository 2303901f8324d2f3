import { expect, type Page } from "@playwright/test";
import type { Locale } from "@/lib/i18n/locales";

/** Picks a language in the header's picker, as a reader does, and waits for the page to follow. */
export async function chooseLanguage(page: Page, locale: Locale) {
  const picker = page.locator("form:has(#language-picker)");
  await picker.locator("select").selectOption(locale);
  await picker.getByRole("button").click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

import { expect, test } from "@playwright/test";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { deflatedZeros, zip } from "../fixtures/lying-zip";
import { signInAs } from "./support";

/**
 * An XLSX whose sheet declares 2 kB and unpacks to 512 MB (a zip bomb; lib/wises/xlsx-zip-guard.ts)
 * is refused on the import page with a message tied to the upload field, in the reader's language.
 */
const bomb = Buffer.from(
  zip([
    { name: "xl/worksheets/sheet1.xml", data: deflatedZeros(512), method: 8, declaredSize: 2048 },
  ]),
);

for (const { locale, label, button, message } of [
  {
    locale: "en",
    label: "CSV or Excel file",
    button: "Check the file",
    message: /would unpack to far more data than a registry holds/,
  },
  {
    locale: "ro",
    label: "Fișier CSV sau Excel",
    button: "Verifică fișierul",
    message: /odată dezarhivat, ar conține mult mai multe date decât un registru/,
  },
]) {
  test(`a zip bomb named .xlsx is refused next to the upload field (${locale})`, async ({
    page,
    baseURL,
  }) => {
    await signInAs(page, "ADMIN");
    // The reader's chosen language, as the language menu stores it.
    await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL ?? "" }]);
    await page.goto("/wises/import");
    const field = page.getByLabel(label);
    await field.setInputFiles({
      name: "registry.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bomb,
    });
    await page.getByRole("button", { name: button }).click();
    await expect(field).toHaveAccessibleDescription(message);
  });
}

import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import {
  ATTACHMENT_POST_LIMIT_BYTES,
  MAX_ATTACHMENT_BYTES,
  MAX_IMAGE_BYTES,
} from "../../lib/attachments/limits";
import { ELF, PDF, PNG, padded } from "../fixtures/attachment-files";
import { cameraTraces, phonePhoto, truncated } from "../fixtures/camera-photos";
import { runFactoryScript } from "./factories";
import { expectAccessible, signIn } from "./support";

test.use({ locale: "en-GB" });

type Data = { partner: { email: string; password: string }; caseStudyId: string };

const file = (name: string, mimeType: string, bytes: Uint8Array) => ({
  name,
  mimeType,
  buffer: Buffer.from(bytes),
});

test("a partner adds a described photo and a document to a case study, and downloads the document", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const data = runFactoryScript<Data>("tests/e2e/case-study-attachments-data.ts", {
    token: `E2E${Date.now().toString(36)}`,
  });
  await signIn(page, data.partner);
  await page.goto(`/case-studies/${data.caseStudyId}/attachments`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Photos and documents");
  await expect(page.getByText("No photos or documents yet.")).toBeVisible();
  await expectAccessible(page);

  // A photo without its description is refused, the message next to the description field.
  const fileField = page.getByLabel("File", { exact: true });
  const altField = page.getByLabel("Description of the photo (alternative text)");
  await fileField.setInputFiles(file("bakers.png", "image/png", PNG));
  await page.getByRole("button", { name: "Add file" }).click();
  await expect(altField).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#attachment-alt-text-error")).toHaveText(
    "Describe the photo for people who cannot see it.",
  );
  await expectAccessible(page);

  // An executable renamed as a photo is refused by what it is, next to the file field.
  await fileField.setInputFiles(file("photo.jpg", "image/jpeg", ELF));
  await altField.fill("A photo");
  await page.getByRole("button", { name: "Add file" }).click();
  await expect(page.locator("#attachment-file-error")).toContainText(
    "This file is not a JPEG, PNG or WebP photo",
  );

  // With its description, the photo is added and shown with it.
  await fileField.setInputFiles(file("bakers.png", "image/png", PNG));
  await altField.fill("Two bakers shaping bread at a long table");
  await page.getByLabel("Caption (optional)").first().fill("The bakery in Cluj");
  await page.getByRole("button", { name: "Add file" }).click();
  const photo = page.getByRole("img", { name: "Two bakers shaping bread at a long table" });
  await expect(photo).toBeVisible();
  // Drawn from the download route: the browser decoded a real picture.
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
  await expect(page.getByText("The bakery in Cluj")).toBeVisible();

  // A document, downloaded under its name with the same bytes.
  await fileField.setInputFiles(file("brochure.pdf", "application/pdf", PDF));
  await page.getByRole("button", { name: "Add file" }).click();
  const link = page.getByRole("link", { name: "Download brochure.pdf" });
  await expect(link).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("brochure.pdf");
  expect(Buffer.from(await readFile((await download.path()) ?? ""))).toEqual(Buffer.from(PDF));
  await expectAccessible(page);

  // At phone width the page still reads and passes the scan.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.reload();
  await expect(photo).toBeVisible();
  await expectAccessible(page);
});

test("the download route answers with the stored type, never sniffed, and only to the study's readers", async ({
  page,
  request,
}) => {
  const data = runFactoryScript<Data>("tests/e2e/case-study-attachments-data.ts", {
    token: `E2E${Date.now().toString(36)}b`,
  });
  await signIn(page, data.partner);
  await page.goto(`/case-studies/${data.caseStudyId}/attachments`);
  await page.getByLabel("File", { exact: true }).setInputFiles(file("a.png", "image/png", PNG));
  await page.getByLabel("Description of the photo (alternative text)").fill("A square");
  await page.getByRole("button", { name: "Add file" }).click();
  const href = await page
    .getByRole("link", { name: "Open a.png in full size" })
    .getAttribute("href");
  const answer = await page.request.get(href ?? "");
  expect(answer.status()).toBe(200);
  expect(answer.headers()).toMatchObject({
    "content-type": "image/png",
    "x-content-type-options": "nosniff",
    "content-disposition": `inline; filename="a.png"; filename*=UTF-8''a.png`,
  });
  expect(answer.headers()["cache-control"]).toContain("private");
  // Without a session: sent to sign in, no bytes.
  const anonymous = await request.get(href ?? "", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
});

test("a phone's photo is served upright without its camera's metadata; a truncated one is refused next to the file field", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const data = runFactoryScript<Data>("tests/e2e/case-study-attachments-data.ts", {
    token: `E2E${Date.now().toString(36)}p`,
  });
  await signIn(page, data.partner);
  await page.goto(`/case-studies/${data.caseStudyId}/attachments`);
  const fileField = page.getByLabel("File", { exact: true });
  const altField = page.getByLabel("Description of the photo (alternative text)");
  const original = await phonePhoto("jpeg");

  await fileField.setInputFiles(file("IMG_0002.jpg", "image/jpeg", truncated(original)));
  await altField.fill("The workshop");
  await page.getByRole("button", { name: "Add file" }).click();
  await expect(page.locator("#attachment-file-error")).toContainText(
    "This photo could not be read",
  );
  await expect(page.getByText("No photos or documents yet.")).toBeVisible();

  await fileField.setInputFiles(file("IMG_0001.jpg", "image/jpeg", original));
  await altField.fill("Two weavers at the loom");
  await page.getByRole("button", { name: "Add file" }).click();
  const photo = page.getByRole("img", { name: "Two weavers at the loom" });
  await expect(photo).toBeVisible();
  // Taken with the phone upright: shown 40 wide and 60 high.
  await expect
    .poll(() =>
      photo.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight]),
    )
    .toEqual([40, 60]);
  const href = await page
    .getByRole("link", { name: "Open IMG_0001.jpg in full size" })
    .getAttribute("href");
  const answer = await page.request.get(href ?? "");
  expect(answer.headers()["content-type"]).toBe("image/jpeg");
  expect(cameraTraces(await answer.body())).toEqual([]);
  await expectAccessible(page);
});

test("a file over the limits is refused with a message next to the field, before or as it is sent", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const data = runFactoryScript<Data>("tests/e2e/case-study-attachments-data.ts", {
    token: `E2E${Date.now().toString(36)}c`,
  });
  await signIn(page, data.partner);
  await page.goto(`/case-studies/${data.caseStudyId}/attachments`);
  const fileField = page.getByLabel("File", { exact: true });
  const fileError = page.locator("#attachment-file-error");

  // The page refuses what it can tell is too large, without sending it.
  await fileField.setInputFiles(file("huge.png", "image/png", padded(PNG, MAX_IMAGE_BYTES + 1)));
  await expect(fileError).toHaveText(
    "This photo is larger than 8 MB, the most a photo may be. Nothing was saved: save it smaller and try again.",
  );
  await fileField.setInputFiles(
    file("huge.pdf", "application/pdf", padded(PDF, MAX_ATTACHMENT_BYTES + 1)),
  );
  await expect(fileError).toContainText("This file is larger than 20 MB");
  await page.getByRole("button", { name: "Add file" }).click();
  await expect(page.getByText("No photos or documents yet.")).toBeVisible();
  await expect(fileField).toHaveAttribute("aria-invalid", "true");

  // Posted past the page's own check (as a script would), the server answers 413 in words.
  const answer = await page.evaluate(async (size) => {
    const form = document.querySelector("form[aria-labelledby='attachment-upload-heading']");
    const body = new FormData(form as HTMLFormElement);
    body.set("file", new File([new Uint8Array(size)], "huge.pdf", { type: "application/pdf" }));
    const response = await fetch(location.pathname, { method: "POST", body });
    return { status: response.status, text: await response.text() };
  }, ATTACHMENT_POST_LIMIT_BYTES + 1);
  expect(answer).toEqual({
    status: 413,
    text: "What you sent is larger than 21 MB, the most a file upload may be. Nothing was saved: choose a smaller file.",
  });
});

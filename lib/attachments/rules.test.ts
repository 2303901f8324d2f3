import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en/attachments.json";
import {
  DOCX,
  ELF,
  JPEG,
  ODT,
  PDF,
  PLAIN_ZIP,
  PNG,
  WEBP,
  WINDOWS_EXE,
  XLSX,
} from "@/tests/fixtures/attachment-files";
import { detectMediaType } from "./detect";
import {
  ATTACHMENT_POST_LIMIT_BYTES,
  MAX_ATTACHMENTS_PER_STUDY,
  MAX_DOCUMENT_BYTES,
  MAX_IMAGE_BYTES,
} from "./limits";
import { checkUpload, contentDisposition, correctedFileName, imagesMissingAltText } from "./rules";

/** What the command decides for these bytes under this name (the study has room). */
async function check(fileName: string, bytes: Uint8Array, byteSize = bytes.byteLength) {
  return checkUpload({
    fileName,
    byteSize,
    detectedMediaType: await detectMediaType(bytes),
    attachmentsSoFar: 0,
  });
}

describe("the type of an upload, read from its bytes", () => {
  it.each([
    ["photo.jpg", JPEG, "image/jpeg", "IMAGE"],
    ["photo.png", PNG, "image/png", "IMAGE"],
    ["photo.webp", WEBP, "image/webp", "IMAGE"],
    ["brochure.pdf", PDF, "application/pdf", "DOCUMENT"],
    [
      "study.docx",
      DOCX,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "DOCUMENT",
    ],
    [
      "figures.xlsx",
      XLSX,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "DOCUMENT",
    ],
    ["study.odt", ODT, "application/vnd.oasis.opendocument.text", "DOCUMENT"],
  ])("keeps %s as %s", async (fileName, bytes, mediaType, kind) => {
    expect(await check(fileName, bytes)).toEqual({ ok: true, mediaType, kind, fileName });
  });

  it.each([
    ["photo.jpg", ELF],
    ["photo.jpg", WINDOWS_EXE],
    ["report.docx", PLAIN_ZIP],
    ["notes.pdf", new TextEncoder().encode("just some text, no PDF")],
  ])("refuses %s that is something else", async (fileName, bytes) => {
    expect(await check(fileName, bytes)).toEqual({
      ok: false,
      status: 400,
      error: "attachmentTypeNotAllowed",
    });
  });

  it("trusts neither the name nor its case: a PNG named .JPG is kept as .png", async () => {
    expect(await check("Atelier.JPG", PNG)).toMatchObject({
      ok: true,
      mediaType: "image/png",
      fileName: "Atelier.png",
    });
    expect(await check("IMG_1.JPEG", JPEG)).toMatchObject({ fileName: "IMG_1.jpeg" });
  });
});

describe("size and number limits", () => {
  it("holds photos to the photo limit and documents to the document limit", async () => {
    expect(await check("a.png", PNG, MAX_IMAGE_BYTES)).toMatchObject({ ok: true });
    expect(await check("a.png", PNG, MAX_IMAGE_BYTES + 1)).toEqual({
      ok: false,
      status: 413,
      error: "attachmentImageTooLarge",
    });
    // A document may be larger than a photo, up to its own limit.
    expect(await check("a.pdf", PDF, MAX_IMAGE_BYTES + 1)).toMatchObject({ ok: true });
    expect(await check("a.pdf", PDF, MAX_DOCUMENT_BYTES + 1)).toEqual({
      ok: false,
      status: 413,
      error: "attachmentDocumentTooLarge",
    });
  });

  it("refuses an empty file and a study that is full", async () => {
    expect(await check("a.png", new Uint8Array())).toMatchObject({
      error: "attachmentFileMissing",
    });
    const full = checkUpload({
      fileName: "a.png",
      byteSize: PNG.byteLength,
      detectedMediaType: "image/png",
      attachmentsSoFar: MAX_ATTACHMENTS_PER_STUDY,
    });
    expect(full).toEqual({ ok: false, status: 409, error: "attachmentTooMany" });
  });

  it("tells the reader the same numbers as the limits", () => {
    expect(en.Errors.attachmentImageTooLarge).toContain(`${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
    expect(en.Errors.attachmentDocumentTooLarge).toContain(
      `${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
    );
    expect(en.Errors.attachmentTooLarge).toContain(`${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
    expect(en.Errors.attachmentTooMany).toContain(String(MAX_ATTACHMENTS_PER_STUDY));
    expect(en.Errors.attachmentPostTooLarge).toContain(
      `${ATTACHMENT_POST_LIMIT_BYTES / 1024 / 1024} MB`,
    );
  });
});

describe("file names", () => {
  it("drops folders and control characters, and keeps names short", () => {
    expect(correctedFileName("C:\\Users\\ana\\poză\u0000.png", ["png"])).toBe("poză.png");
    expect(correctedFileName("../../etc/passwd", ["pdf"])).toBe("passwd.pdf");
    expect(correctedFileName(".png", ["png"])).toBe("file.png");
    expect(correctedFileName(`${"x".repeat(400)}.pdf`, ["pdf"])).toHaveLength(200);
  });

  it("downloads a document under a header no name can break", () => {
    expect(contentDisposition("application/pdf", 'Raport "final"\r\n.pdf')).toBe(
      `attachment; filename="Raport _final___.pdf"; filename*=UTF-8''Raport%20%22final%22%0D%0A.pdf`,
    );
    expect(contentDisposition("image/png", "Pâine.png")).toBe(
      `inline; filename="Paine.png"; filename*=UTF-8''P%C3%A2ine.png`,
    );
  });
});

describe("imagesMissingAltText", () => {
  it("lists the photos without a description, and no document", () => {
    const attachments = [
      { id: "a", mediaType: "image/jpeg", altText: "Bakers at work" },
      { id: "b", mediaType: "image/png", altText: null },
      { id: "c", mediaType: "image/webp", altText: "   " },
      { id: "d", mediaType: "application/pdf", altText: null },
    ];
    expect(imagesMissingAltText(attachments).map((attachment) => attachment.id)).toEqual([
      "b",
      "c",
    ]);
    expect(imagesMissingAltText([])).toEqual([]);
  });
});

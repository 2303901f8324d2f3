import { beforeEach, describe, expect, it } from "vitest";
import {
  MAX_ATTACHMENTS_PER_STUDY,
  MAX_DOCUMENT_BYTES,
  MAX_IMAGE_BYTES,
} from "@/lib/attachments/limits";
import { addAttachment, deleteAttachment, updateAttachment } from "@/lib/attachments/mutations";
import {
  getAttachmentDownload,
  getCaseStudyAttachments,
  readAttachmentBytes,
} from "@/lib/attachments/queries";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { attachmentRowCounts } from "../factories/attachments";
import { makeCaseStudy } from "../factories/case-studies";
import { makeActor } from "../factories/users";
import { DOCX, ELF, PDF, PNG, padded, WINDOWS_EXE } from "../fixtures/attachment-files";
import { samePicture } from "../fixtures/camera-photos";
import { resetDatabase } from "../setup/reset-db";

async function romanianStudy() {
  const author = await makeActor("PARTNER", { countryCode: "RO" });
  const study = await makeCaseStudy({ authorId: author.id, countryCode: "RO" });
  return { author, study };
}

const upload = (
  actor: Actor,
  caseStudyId: string,
  fileName: string,
  bytes: Uint8Array,
  fields: Record<string, string> = {},
) => addAttachment(actor, { caseStudyId, fileName, bytes, ...fields });

describe("adding attachments to a case study", () => {
  beforeEach(resetDatabase);

  it("keeps a photo with its description and a document, each downloadable by the study's readers", async () => {
    const { author, study } = await romanianStudy();
    const photo = await upload(author, study.id, "bakers.png", PNG, {
      altText: "Two bakers shaping bread",
      caption: "The bakery in Cluj",
    });
    const document = await upload(author, study.id, "brochure.pdf", PDF);
    if (!photo.ok || !document.ok) throw new Error("both uploads should be kept");

    const listed = await getCaseStudyAttachments(author, study.id);
    expect(
      listed?.attachments.map((attachment) => [attachment.fileName, attachment.altText]),
    ).toEqual([
      ["bakers.png", "Two bakers shaping bread"],
      ["brochure.pdf", null],
    ]);
    // A facilitator of Romania reads the study, and downloads the picture sent (written again
    // without its metadata: case-study-photo-cleaning.test.ts) and the document byte for byte.
    const facilitator = await makeActor("FACILITATOR", { countryCode: "RO" });
    const download = await getAttachmentDownload(facilitator, study.id, photo.data.attachmentId);
    expect(download?.mediaType).toBe("image/png");
    expect(await samePicture(download?.bytes, PNG)).toBe(true);
    const brochure = await getAttachmentDownload(facilitator, study.id, document.data.attachmentId);
    expect(Buffer.from(brochure?.bytes ?? [])).toEqual(Buffer.from(PDF));
    expect(await attachmentRowCounts()).toMatchObject({ attachments: 2, blobs: 2, auditEvents: 2 });
  });

  it.each([
    ["a Linux executable", ELF],
    ["a Windows executable", WINDOWS_EXE],
  ])("refuses %s renamed photo.jpg, and writes nothing", async (_name, bytes) => {
    const { author, study } = await romanianStudy();
    const before = await attachmentRowCounts();
    const result = await upload(author, study.id, "photo.jpg", bytes, { altText: "A photo" });
    expect(result).toEqual({
      ok: false,
      status: 400,
      message: "attachmentTypeNotAllowed",
      fieldErrors: { file: ["attachmentTypeNotAllowed"] },
    });
    expect(await attachmentRowCounts()).toEqual(before);
  });

  it("refuses a photo without a description, next to the description field", async () => {
    const { author, study } = await romanianStudy();
    const result = await upload(author, study.id, "bakers.png", PNG, { altText: "   " });
    expect(result).toMatchObject({
      status: 400,
      fieldErrors: { altText: ["attachmentAltTextRequired"] },
    });
    expect(await attachmentRowCounts()).toEqual({ attachments: 0, blobs: 0, auditEvents: 0 });
  });

  it("holds photos, documents and the study to their limits, writing nothing over them", async () => {
    const { author, study } = await romanianStudy();
    const bigPhoto = await upload(author, study.id, "big.png", padded(PNG, MAX_IMAGE_BYTES + 1), {
      altText: "Large",
    });
    expect(bigPhoto).toMatchObject({ status: 413, message: "attachmentImageTooLarge" });
    const bigDocument = await upload(
      author,
      study.id,
      "big.pdf",
      padded(PDF, MAX_DOCUMENT_BYTES + 1),
    );
    expect(bigDocument).toMatchObject({ status: 413, message: "attachmentDocumentTooLarge" });
    // A document larger than a photo may be is fine.
    expect(
      await upload(author, study.id, "ok.pdf", padded(PDF, MAX_IMAGE_BYTES + 1)),
    ).toMatchObject({
      ok: true,
    });
    await db.caseStudyAttachment.createMany({
      data: Array.from({ length: MAX_ATTACHMENTS_PER_STUDY - 1 }, (_, index) => ({
        caseStudyId: study.id,
        fileName: `page-${index}.pdf`,
        mediaType: "application/pdf",
        byteSize: 1,
        sha256: "0".repeat(64),
        createdById: author.id,
      })),
    });
    const before = await attachmentRowCounts();
    const oneTooMany = await upload(author, study.id, "study.docx", DOCX);
    expect(oneTooMany).toMatchObject({ status: 409, message: "attachmentTooMany" });
    expect(await attachmentRowCounts()).toEqual(before);
  });
});

describe("country scope", () => {
  beforeEach(resetDatabase);

  it("a Belgian partner neither sees, downloads, adds, describes nor removes a Romanian study's files", async () => {
    const { author, study } = await romanianStudy();
    const photo = await upload(author, study.id, "bakers.png", PNG, { altText: "Bakers" });
    if (!photo.ok) throw new Error("the upload should be kept");
    const attachmentId = photo.data.attachmentId;
    const belgian = await makeActor("PARTNER", { countryCode: "BE" });
    const before = await attachmentRowCounts();

    expect(await getCaseStudyAttachments(belgian, study.id)).toBeNull();
    expect(await getAttachmentDownload(belgian, study.id, attachmentId)).toBeNull();
    expect(await upload(belgian, study.id, "more.png", PNG, { altText: "More" })).toMatchObject({
      status: 403,
    });
    expect(await updateAttachment(belgian, { attachmentId, altText: "Changed" })).toMatchObject({
      status: 403,
    });
    expect(await deleteAttachment(belgian, { attachmentId })).toMatchObject({ status: 403 });
    expect(await attachmentRowCounts()).toEqual(before);
    // The attachment of one study is not reached through another's address either.
    const other = await makeCaseStudy({ authorId: author.id });
    expect(await getAttachmentDownload(author, other.id, attachmentId)).toBeNull();
  });
});

describe("describing and removing", () => {
  beforeEach(resetDatabase);

  it("fixes a description, refuses to empty it, and removes the file with its bytes", async () => {
    const { author, study } = await romanianStudy();
    const photo = await upload(author, study.id, "bakers.png", PNG, { altText: "Bakers" });
    if (!photo.ok) throw new Error("the upload should be kept");
    const attachmentId = photo.data.attachmentId;

    expect(await updateAttachment(author, { attachmentId, altText: "" })).toMatchObject({
      status: 400,
      fieldErrors: { altText: ["attachmentAltTextRequired"] },
    });
    expect(
      await updateAttachment(author, { attachmentId, altText: "Bakers at dawn", caption: "Cluj" }),
    ).toMatchObject({ ok: true });
    const listed = await getCaseStudyAttachments(author, study.id);
    expect(listed?.attachments[0]).toMatchObject({ altText: "Bakers at dawn", caption: "Cluj" });

    expect(await deleteAttachment(author, { attachmentId })).toEqual({
      ok: true,
      data: { caseStudyId: study.id },
    });
    expect(await attachmentRowCounts()).toMatchObject({ attachments: 0, blobs: 0 });
    expect(await deleteAttachment(author, { attachmentId })).toMatchObject({ status: 404 });
  });

  it("readAttachmentBytes gives the bytes of the version named by its hash, and nothing for another", async () => {
    const { author, study } = await romanianStudy();
    const photo = await upload(author, study.id, "bakers.png", PNG, { altText: "Bakers" });
    if (!photo.ok) throw new Error("the upload should be kept");
    const row = await db.caseStudyAttachment.findUniqueOrThrow({
      where: { id: photo.data.attachmentId },
    });
    const read = await readAttachmentBytes(row.id, row.sha256);
    expect(read).toMatchObject({
      mediaType: "image/png",
      altText: "Bakers",
      fileName: "bakers.png",
    });
    expect(await samePicture(read?.bytes, PNG)).toBe(true);
    expect(read?.bytes.byteLength).toBe(row.byteSize);
    expect(await readAttachmentBytes(row.id, "f".repeat(64))).toBeNull();
  });
});

describe("attachments and the study's review", () => {
  beforeEach(resetDatabase);

  it("changes nothing while the study is in review", async () => {
    const author = await makeActor("PARTNER", { countryCode: "RO" });
    const study = await makeCaseStudy({ authorId: author.id, status: "IN_REVIEW" });
    const before = await attachmentRowCounts();
    const result = await upload(author, study.id, "brochure.pdf", PDF);
    expect(result).toMatchObject({ ok: false, status: 409, message: "caseStudyLocked" });
    expect(await attachmentRowCounts()).toEqual(before);
  });

  it("sends an approved study back to draft when a photo is added, described again or removed", async () => {
    const author = await makeActor("PARTNER", { countryCode: "RO" });
    const study = await makeCaseStudy({ authorId: author.id, status: "APPROVED" });
    const added = await upload(author, study.id, "bakers.png", PNG, { altText: "Two bakers" });
    if (!added.ok) throw new Error("the upload should be kept");
    const reopened = await db.caseStudy.findUniqueOrThrow({ where: { id: study.id } });
    expect(reopened).toMatchObject({ status: "DRAFT", version: study.version + 1 });
    expect(
      await db.caseStudyStatusChange.findMany({
        where: { caseStudyId: study.id },
        select: { fromStatus: true, toStatus: true },
      }),
    ).toEqual([{ fromStatus: "APPROVED", toStatus: "DRAFT" }]);
    // In a draft, a file's change leaves the text's version alone (no conflict for its writer).
    const described = await updateAttachment(author, {
      attachmentId: added.data.attachmentId,
      altText: "Two bakers at the oven",
    });
    expect(described.ok).toBe(true);
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: study.id } })).toMatchObject({
      version: study.version + 1,
    });
    await db.caseStudy.update({ where: { id: study.id }, data: { status: "APPROVED" } });
    expect((await deleteAttachment(author, { attachmentId: added.data.attachmentId })).ok).toBe(
      true,
    );
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: study.id } })).toMatchObject({
      status: "DRAFT",
    });
  });
});

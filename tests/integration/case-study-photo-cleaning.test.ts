import { createHash } from "node:crypto";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { addAttachment } from "@/lib/attachments/mutations";
import { getAttachmentDownload, readAttachmentBytes } from "@/lib/attachments/queries";
import { db } from "@/lib/db";
import { attachmentRowCounts } from "../factories/attachments";
import { makeCaseStudy } from "../factories/case-studies";
import { makeActor } from "../factories/users";
import { DOCX } from "../fixtures/attachment-files";
import { cameraTraces, phonePhoto, pngDeclaring, truncated } from "../fixtures/camera-photos";
import { resetDatabase } from "../setup/reset-db";

/**
 * Photos of case studies show WISE staff, some of them workers with support needs, and go into
 * published reports: what is stored of a phone's photo holds no position, time or serial number.
 * (The S3 store receives the same cleaned bytes: case-study-attachments-s3.test.ts.)
 */
async function romanianStudy() {
  const author = await makeActor("PARTNER", { countryCode: "RO" });
  const study = await makeCaseStudy({ authorId: author.id, countryCode: "RO" });
  return { author, study };
}

describe("photos are stored without their camera's metadata", () => {
  beforeEach(resetDatabase);

  it("keeps a phone's JPEG upright, still a JPEG, without EXIF, GPS or serial, its row telling the stored file's size and hash", async () => {
    const { author, study } = await romanianStudy();
    const original = await phonePhoto("jpeg");
    expect(cameraTraces(original)).toContain("GPS");

    const result = await addAttachment(author, {
      caseStudyId: study.id,
      fileName: "IMG_0001.jpg",
      bytes: original,
      altText: "Two weavers at the loom",
    });
    if (!result.ok) throw new Error(`the photo should be kept: ${result.message}`);

    const download = await getAttachmentDownload(author, study.id, result.data.attachmentId);
    const stored = download?.bytes ?? new Uint8Array();
    expect(download?.mediaType).toBe("image/jpeg");
    const metadata = await sharp(stored).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 40, height: 60 });
    expect(metadata.orientation).toBeUndefined();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(cameraTraces(stored)).toEqual([]);

    const row = await db.caseStudyAttachment.findUniqueOrThrow({
      where: { id: result.data.attachmentId },
    });
    expect(row).toMatchObject({
      fileName: "IMG_0001.jpg",
      mediaType: "image/jpeg",
      byteSize: stored.byteLength,
      sha256: createHash("sha256").update(stored).digest("hex"),
    });
    expect(row.byteSize).not.toBe(original.byteLength);
    // The reports read a photo by the hash they recorded: that of the cleaned file.
    expect((await readAttachmentBytes(row.id, row.sha256))?.bytes.byteLength).toBe(row.byteSize);
  });

  it("keeps a document byte for byte", async () => {
    const { author, study } = await romanianStudy();
    const result = await addAttachment(author, {
      caseStudyId: study.id,
      fileName: "study.docx",
      bytes: DOCX,
    });
    if (!result.ok) throw new Error(`the document should be kept: ${result.message}`);
    const download = await getAttachmentDownload(author, study.id, result.data.attachmentId);
    expect(Buffer.from(download?.bytes ?? [])).toEqual(Buffer.from(DOCX));
  });

  it("refuses a truncated photo and a decompression bomb next to the file field, writing nothing", async () => {
    const { author, study } = await romanianStudy();
    const before = await attachmentRowCounts();
    const cut = await addAttachment(author, {
      caseStudyId: study.id,
      fileName: "IMG_0002.jpg",
      bytes: truncated(await phonePhoto("jpeg")),
      altText: "The workshop",
    });
    expect(cut).toEqual({
      ok: false,
      status: 400,
      message: "attachmentImageUnreadable",
      fieldErrors: { file: ["attachmentImageUnreadable"] },
    });
    const bomb = await addAttachment(author, {
      caseStudyId: study.id,
      fileName: "huge.png",
      bytes: await pngDeclaring(10_000, 10_000),
      altText: "A huge picture",
    });
    expect(bomb).toEqual({
      ok: false,
      status: 413,
      message: "attachmentImageTooManyPixels",
      fieldErrors: { file: ["attachmentImageTooManyPixels"] },
    });
    expect(await attachmentRowCounts()).toEqual(before);
  });
});

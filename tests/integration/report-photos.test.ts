import { beforeEach, describe, expect, it } from "vitest";
import { getAttachmentDownload } from "@/lib/attachments/queries";
import { db } from "@/lib/db";
import { createReport, releaseReport } from "@/lib/reports/mutations";
import { getRelease } from "@/lib/reports/queries";
import { readReleaseImage } from "@/lib/reports/release-image";
import { makeAttachment } from "../factories/attachments";
import { makeCaseStudy } from "../factories/case-studies";
import { makeActor } from "../factories/users";
import { PNG } from "../fixtures/attachment-files";
import { resetDatabase } from "../setup/reset-db";

/** The European report released with one approved Romanian study's described photo. */
async function europeanReleaseWithAPhoto() {
  const admin = await makeActor("ADMIN");
  const author = await makeActor("PARTNER", { countryCode: "RO" });
  const study = await makeCaseStudy({ authorId: author.id, status: "APPROVED" });
  const photo = await makeAttachment(study.id, author.id);
  const created = await createReport(admin, {
    title: "WISEs in Europe",
    locale: "en",
    coverage: "EUROPE",
  });
  if (!created.ok) throw new Error(created.message);
  const released = await releaseReport(admin, { reportId: created.data.reportId });
  if (!released.ok) throw new Error(released.message);
  return { reportId: created.data.reportId, study, photo };
}

describe("a released report's photos", () => {
  beforeEach(resetDatabase);

  it("reach every reader of the release, not only the study's country, as released", async () => {
    const { reportId, study, photo } = await europeanReleaseWithAPhoto();
    const belgium = await makeActor("PARTNER", { countryCode: "BE" });
    const release = await getRelease(belgium, reportId, 1);
    const blocks = release?.snapshot.chapters.flatMap((chapter) => chapter.blocks) ?? [];
    expect(blocks).toContainEqual(
      expect.objectContaining({ kind: "image", attachmentId: photo.id, altText: photo.altText }),
    );
    // The study's own route hides a Romanian study from a Belgian partner; the release shows it.
    expect(await getAttachmentDownload(belgium, study.id, photo.id)).toBeNull();
    const read = await readReleaseImage(belgium, reportId, 1, photo.id);
    expect(Buffer.from(read?.bytes ?? []).equals(PNG)).toBe(true);
    expect(read?.mediaType).toBe("image/png");
  });

  it("shows nothing to those who may not read the release, nor what it does not hold", async () => {
    const { reportId, study, photo } = await europeanReleaseWithAPhoto();
    const participant = await makeActor("PARTICIPANT", { countryCode: "RO" });
    expect(await readReleaseImage(participant, reportId, 1, photo.id)).toBeNull();
    const belgium = await makeActor("PARTNER", { countryCode: "BE" });
    // A photo added after the release is not in it.
    const later = await makeAttachment(study.id, study.authorId);
    expect(await readReleaseImage(belgium, reportId, 1, later.id)).toBeNull();
    expect(await readReleaseImage(belgium, reportId, 2, photo.id)).toBeNull();
    // A photo removed since leaves the release its alternative text, and serves no bytes.
    await db.caseStudyAttachment.delete({ where: { id: photo.id } });
    expect(await readReleaseImage(belgium, reportId, 1, photo.id)).toBeNull();
  });
});

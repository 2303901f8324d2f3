import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addAttachment, deleteAttachment } from "@/lib/attachments/mutations";
import { getAttachmentDownload, readAttachmentBytes } from "@/lib/attachments/queries";
import { db } from "@/lib/db";
import { attachmentRowCounts } from "../factories/attachments";
import { makeCaseStudy } from "../factories/case-studies";
import { makeActor } from "../factories/users";
import { ELF, PNG } from "../fixtures/attachment-files";
import { cameraTraces, phonePhoto } from "../fixtures/camera-photos";
import { resetDatabase } from "../setup/reset-db";

/**
 * The S3 store against a real S3-compatible server on this machine (s3rver, an S3 server in
 * Node that keeps objects in a folder), configured through the same environment variables as
 * an installation: objects put, read and deleted, and never an object without its row.
 */
const BUCKET = "wise-attachments";
const S3_VARIABLES = [
  "S3_BUCKET",
  "S3_ENDPOINT",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FORCE_PATH_STYLE",
] as const;

let server: S3rver;
let endpoint: string;
let directory: string;

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), "wise-s3-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_REGION: "eu-central-1",
    // s3rver's built-in account.
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "true",
  });
});

afterAll(async () => {
  for (const name of S3_VARIABLES) delete process.env[name];
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

/** The bucket's keys, listed as an anonymous client may list them on s3rver. */
async function objectKeys(): Promise<string[]> {
  const listing = await (await fetch(`${endpoint}/${BUCKET}?list-type=2`)).text();
  return [...listing.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1] ?? "");
}

describe("attachments in S3-compatible storage", () => {
  beforeEach(resetDatabase);

  it("puts the object, reads it back, and deletes it with the row", async () => {
    const author = await makeActor("PARTNER", { countryCode: "RO" });
    const study = await makeCaseStudy({ authorId: author.id });
    const photo = await phonePhoto("png");
    const result = await addAttachment(author, {
      caseStudyId: study.id,
      fileName: "bakers.png",
      bytes: photo,
      altText: "Bakers",
    });
    if (!result.ok) throw new Error(`the upload should be kept: ${result.message}`);
    const row = await db.caseStudyAttachment.findUniqueOrThrow({
      where: { id: result.data.attachmentId },
    });
    expect(row.storage).toBe("S3");
    expect(await objectKeys()).toEqual([row.storageKey]);
    // The bytes are in the bucket only: no blob in PostgreSQL.
    expect(await attachmentRowCounts()).toMatchObject({ attachments: 1, blobs: 0 });

    // The bucket holds the photo written again, upright and without the camera's metadata.
    const object = new Uint8Array(
      await (await fetch(`${endpoint}/${BUCKET}/${row.storageKey}`)).arrayBuffer(),
    );
    expect(await sharp(object).metadata()).toMatchObject({ format: "png", width: 40, height: 60 });
    expect(cameraTraces(object)).toEqual([]);
    expect(row.byteSize).toBe(object.byteLength);

    const download = await getAttachmentDownload(author, study.id, row.id);
    expect(Buffer.from(download?.bytes ?? [])).toEqual(Buffer.from(object));
    expect((await readAttachmentBytes(row.id, row.sha256))?.bytes.byteLength).toBe(row.byteSize);

    expect(await deleteAttachment(author, { attachmentId: row.id })).toMatchObject({ ok: true });
    expect(await objectKeys()).toEqual([]);
    expect(await attachmentRowCounts()).toMatchObject({ attachments: 0 });
  });

  it("deletes the object again when its row cannot be written, and puts none for a refused file", async () => {
    const author = await makeActor("PARTNER", { countryCode: "RO" });
    const study = await makeCaseStudy({ authorId: author.id });
    // An administrator whose account is gone by the time the row is written: the row's
    // reference to its author fails, after the object was put.
    const vanished = {
      id: "no-such-user",
      role: "ADMIN" as const,
      countryCode: null,
      organisationId: null,
    };
    await expect(
      addAttachment(vanished, {
        caseStudyId: study.id,
        fileName: "bakers.png",
        bytes: PNG,
        altText: "Bakers",
      }),
    ).rejects.toMatchObject({ code: "P2003" });
    expect(await objectKeys()).toEqual([]);
    expect(await attachmentRowCounts()).toEqual({ attachments: 0, blobs: 0, auditEvents: 0 });

    const refused = await addAttachment(author, {
      caseStudyId: study.id,
      fileName: "photo.jpg",
      bytes: ELF,
      altText: "A photo",
    });
    expect(refused).toMatchObject({ status: 400, message: "attachmentTypeNotAllowed" });
    expect(await objectKeys()).toEqual([]);
  });
});

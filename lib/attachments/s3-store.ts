import "server-only";
import { randomUUID } from "node:crypto";
import type { S3Client } from "@aws-sdk/client-s3";
import type { S3Settings } from "@/lib/env";
import type { AttachmentStore, StoredLocation } from "./store";

/**
 * Bytes in S3-compatible object storage, one object per attachment under a random key (never
 * the file's name). The object is put before the row is written, and deleted again when the row
 * is refused or its transaction does not commit: at worst an object without a row is left when
 * the storage itself fails during that clean-up, never a row without its bytes.
 */
export function s3Store(settings: S3Settings): AttachmentStore {
  const key = JSON.stringify(settings);
  let store = stores.get(key);
  if (!store) {
    store = makeS3Store(settings);
    stores.set(key, store);
  }
  return store;
}

const stores = new Map<string, AttachmentStore>();

function makeS3Store(settings: S3Settings): AttachmentStore {
  let client: Promise<{ client: S3Client; sdk: typeof import("@aws-sdk/client-s3") }> | undefined;
  // Loaded on first use: an installation that keeps attachments in PostgreSQL never loads the SDK.
  const connect = () => {
    client ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: settings.region,
        endpoint: settings.endpoint,
        forcePathStyle: settings.forcePathStyle,
        credentials: settings.credentials,
        // S3-compatible servers other than Amazon's often refuse the SDK's newer default
        // checksums (aws-chunked uploads with trailing CRC32): send them only where required.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      }),
    }));
    return client;
  };

  const removeBytes = async (location: StoredLocation) => {
    if (location.storage !== "S3" || !location.storageKey) return;
    const { client, sdk } = await connect();
    await client.send(
      new sdk.DeleteObjectCommand({ Bucket: settings.bucket, Key: location.storageKey }),
    );
  };

  return {
    storage: "S3",
    async create(tx, row, bytes) {
      const { client, sdk } = await connect();
      const storageKey = `case-studies/${row.caseStudyId}/${randomUUID()}`;
      await client.send(
        new sdk.PutObjectCommand({
          Bucket: settings.bucket,
          Key: storageKey,
          Body: bytes,
          ContentLength: bytes.byteLength,
          ContentType: row.mediaType,
        }),
      );
      const location: StoredLocation = { storage: "S3", storageKey };
      try {
        const created = await tx.caseStudyAttachment.create({
          data: { ...row, ...location },
          select: { id: true },
        });
        return { id: created.id, location };
      } catch (error) {
        await removeBytes(location);
        throw error;
      }
    },
    removeBytes,
    async read(_attachmentId, location) {
      if (!location.storageKey) return null;
      const { client, sdk } = await connect();
      try {
        const object = await client.send(
          new sdk.GetObjectCommand({ Bucket: settings.bucket, Key: location.storageKey }),
        );
        return object.Body ? await object.Body.transformToByteArray() : null;
      } catch (error) {
        if (error instanceof sdk.NoSuchKey) return null;
        throw error;
      }
    },
  };
}

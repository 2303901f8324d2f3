import "server-only";
import { attachmentStorageEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AttachmentStorage } from "@/lib/generated/prisma/enums";
import { databaseStore } from "./database-store";
import { s3Store } from "./s3-store";

/** Where one attachment's bytes are: its row says, whatever the installation uses now. */
export type StoredLocation = { storage: AttachmentStorage; storageKey: string | null };

/** A new attachment's row, less where its bytes go (the store decides). */
export type NewAttachmentRow = Omit<
  Prisma.CaseStudyAttachmentUncheckedCreateInput,
  "id" | "storage" | "storageKey" | "blob"
>;

/**
 * Keeps attachments' bytes. A row never exists without its bytes: `create` writes both in the
 * command's transaction (PostgreSQL), or puts the object first and the row after (S3), and the
 * command calls `removeBytes` when its transaction does not commit.
 */
export interface AttachmentStore {
  readonly storage: AttachmentStorage;
  create(
    tx: Prisma.TransactionClient,
    row: NewAttachmentRow,
    bytes: Uint8Array,
  ): Promise<{ id: string; location: StoredLocation }>;
  /** Bytes kept outside PostgreSQL, after their row is gone or was never committed. */
  removeBytes(location: StoredLocation): Promise<void>;
  read(attachmentId: string, location: StoredLocation): Promise<Uint8Array | null>;
}

/**
 * The one place that chooses: object storage when S3_BUCKET is set (lib/env.ts), PostgreSQL
 * otherwise. Existing attachments stay where they were written (`storeFor`).
 */
export function storeForNewAttachments(): AttachmentStore {
  const settings = attachmentStorageEnv();
  return settings ? s3Store(settings) : databaseStore;
}

/** The store that holds an existing attachment's bytes. */
export function storeFor(storage: AttachmentStorage): AttachmentStore {
  if (storage === "DATABASE") return databaseStore;
  const settings = attachmentStorageEnv();
  if (!settings) {
    throw new Error(
      "An attachment is kept in S3 but S3_BUCKET is not set: configure the object storage it was written to.",
    );
  }
  return s3Store(settings);
}

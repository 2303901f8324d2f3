-- AlterTable
ALTER TABLE "FocusGroupSession" ADD COLUMN     "originInstallationId" TEXT;

-- AlterTable
ALTER TABLE "SessionReview" ADD COLUMN     "approvedSubject" TEXT,
ADD COLUMN     "approverCountryCode" CHAR(2);

-- CreateTable
CREATE TABLE "Installation" (
    "singleton" INTEGER NOT NULL DEFAULT 1,
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Installation_pkey" PRIMARY KEY ("singleton")
);

-- CreateIndex
CREATE UNIQUE INDEX "Installation_id_key" ON "Installation"("id");

-- CreateIndex
CREATE UNIQUE INDEX "FocusGroupSession_originInstallationId_bundleKey_key" ON "FocusGroupSession"("originInstallationId", "bundleKey");

-- One row only: the installation's identity. Created here for existing databases; the app
-- creates it on first use where it is missing (lib/installation/queries.ts).
ALTER TABLE "Installation" ADD CONSTRAINT "Installation_one_row" CHECK ("singleton" = 1);
INSERT INTO "Installation" ("singleton", "id") VALUES (1, gen_random_uuid()::text);

-- No session is counted twice: a copy of a session held here (its bundleKey is that session's
-- id) cannot be stored beside it, whichever path writes it. Imports recognise their own session
-- first (lib/bundles/mutations.ts); this is the database's guarantee behind that.
CREATE FUNCTION "refuse_copy_of_local_session"() RETURNS trigger AS $$
BEGIN
  IF NEW."bundleKey" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "FocusGroupSession" WHERE "id" = NEW."bundleKey" AND "bundleKey" IS NULL
  ) THEN
    RAISE EXCEPTION 'session % is held here: it cannot also be stored as an imported copy', NEW."bundleKey"
      USING ERRCODE = 'unique_violation';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "FocusGroupSession_no_copy_of_local"
  BEFORE INSERT OR UPDATE OF "bundleKey" ON "FocusGroupSession"
  FOR EACH ROW EXECUTE FUNCTION "refuse_copy_of_local_session"();

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN "officialCode" TEXT;

-- AlterTable
ALTER TABLE "Designation" ADD COLUMN "actAda" TEXT;
ALTER TABLE "Designation" ADD COLUMN "actDate" TEXT;
ALTER TABLE "Designation" ADD COLUMN "actDocumentId" TEXT;
ALTER TABLE "Designation" ADD COLUMN "actKind" TEXT;
ALTER TABLE "Designation" ADD COLUMN "actNumber" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "municipalityId" TEXT,
    "position" TEXT,
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "followedPillars" TEXT NOT NULL DEFAULT '',
    "lastLoginAt" DATETIME,
    "verification" TEXT NOT NULL DEFAULT 'verified',
    "verifiedAt" DATETIME,
    "verifiedById" TEXT,
    "refusalReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "createdAt", "email", "failedLogins", "followedPillars", "id", "lastLoginAt", "lockedUntil", "municipalityId", "name", "passwordHash", "position", "role", "updatedAt") SELECT "active", "createdAt", "email", "failedLogins", "followedPillars", "id", "lastLoginAt", "lockedUntil", "municipalityId", "name", "passwordHash", "position", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_municipalityId_idx" ON "User"("municipalityId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_officialCode_key" ON "Municipality"("officialCode");


-- Data: the seeded municipalities take their ELSTAT codes from the official list.
UPDATE "Municipality" SET "officialCode" = CASE "id"
  WHEN 'athens' THEN '4501' WHEN 'thessaloniki' THEN '0701' WHEN 'agios-dimitrios' THEN '4802'
  WHEN 'delta' THEN '0704' WHEN 'heraklion' THEN '7101' WHEN 'ioannina' THEN '1801'
  WHEN 'kalamaria' THEN '0707' WHEN 'karditsa' THEN '2301' WHEN 'katerini' THEN '1101'
  WHEN 'larissa' THEN '2201' WHEN 'livadeia' THEN '2801' WHEN 'neapoli-sykies' THEN '0710'
  WHEN 'nea-filadelfeia-nea-chalkidona' THEN '4508' WHEN 'piraeus' THEN '5101'
  WHEN 'tilos' THEN '6904' WHEN 'trikala' THEN '2601' WHEN 'tripoli' THEN '4001'
  WHEN 'chania' THEN '7401' WHEN 'serres' THEN '1201' END
WHERE "id" IN ('athens', 'thessaloniki', 'agios-dimitrios', 'delta', 'heraklion', 'ioannina',
  'kalamaria', 'karditsa', 'katerini', 'larissa', 'livadeia', 'neapoli-sykies',
  'nea-filadelfeia-nea-chalkidona', 'piraeus', 'tilos', 'trikala', 'tripoli', 'chania', 'serres');

-- Data: officers who registered themselves were never checked by anyone: they become
-- pending until a coordinator verifies them (invited accounts stay verified).
UPDATE "User" SET "verification" = 'pending'
WHERE "role" = 'officer' AND "id" IN (
  SELECT "entityId" FROM "AuditEntry" WHERE "action" = 'registration.create' AND "entityType" = 'user'
);

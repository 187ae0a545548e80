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
INSERT INTO "new_User" ("active", "createdAt", "email", "followedPillars", "id", "lastLoginAt", "municipalityId", "name", "passwordHash", "position", "refusalReason", "role", "updatedAt", "verification", "verifiedAt", "verifiedById") SELECT "active", "createdAt", "email", "followedPillars", "id", "lastLoginAt", "municipalityId", "name", "passwordHash", "position", "refusalReason", "role", "updatedAt", "verification", "verifiedAt", "verifiedById" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_municipalityId_idx" ON "User"("municipalityId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" DATETIME NOT NULL,
    "blockedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PasswordReset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SignInThrottle_lastFailureAt_idx" ON "SignInThrottle"("lastFailureAt");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_tokenHash_key" ON "PasswordReset"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordReset_userId_idx" ON "PasswordReset"("userId");


-- Amendments by the consent of every party (the columns and tables were created by the
-- previous migration, made from the same schema). Outcomes are no longer set: a proposal a
-- coordinator marked adopted or rejected keeps that mark only as a record "before the
-- consent register" and goes back to "proposed" (no party's consent was recorded, so it is
-- not in the text in force; it can be circulated and answered like any other). No consent
-- is invented. "Under discussion" was a coordinator's label with no frozen parties: proposed.
UPDATE "Amendment" SET "preRegisterDecision" = "status", "status" = 'proposed'
  WHERE "status" IN ('adopted', 'rejected');
UPDATE "Amendment" SET "status" = 'proposed' WHERE "status" = 'under_discussion';
UPDATE "AmendmentStatusChange" SET "status" = 'pre_register_' || "status"
  WHERE "status" IN ('under_discussion', 'adopted', 'rejected');

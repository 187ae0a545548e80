-- Accession by declaration notified to the parties (docs/decisions/010).
-- Hand-written data conversion: an "accepted" declaration was one the coordinator had
-- circulated to the parties; it is now "notified", and its acceptedAt becomes notifiedAt.
-- The council decision gains the attendance at the opening, the agenda item, the votes
-- against and blank and the chair's casting vote; a return records its formal defects.
-- Audit entries are history and are NOT rewritten: "accession.accept" keeps its meaning
-- ("circulated to the parties", recorded under the old name).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Accession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "decisionNumber" TEXT NOT NULL,
    "decisionSession" TEXT NOT NULL,
    "decisionDate" TEXT NOT NULL,
    "agendaItem" TEXT,
    "membersTotal" INTEGER NOT NULL,
    "membersPresentAtOpening" INTEGER,
    "membersPresent" INTEGER NOT NULL,
    "vote" TEXT NOT NULL,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "votesBlank" INTEGER,
    "castingVote" BOOLEAN NOT NULL DEFAULT false,
    "diavgeiaAda" TEXT,
    "signatoryName" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "representativeName" TEXT,
    "representativeEmail" TEXT,
    "representativePhone" TEXT,
    "representativePosition" TEXT,
    "alternateName" TEXT,
    "alternateEmail" TEXT,
    "alternatePhone" TEXT,
    "alternatePosition" TEXT,
    "remarks" TEXT,
    "returnDefects" TEXT,
    "returnNote" TEXT,
    "submittedOn" TEXT,
    "submittedAt" DATETIME,
    "notifiedOn" TEXT,
    "notifiedAt" DATETIME,
    "closedOn" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Accession_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Accession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Accession" ("alternateEmail", "alternateName", "alternatePhone", "alternatePosition", "closedOn", "createdAt", "createdById", "decisionDate", "decisionNumber", "decisionSession", "diavgeiaAda", "id", "membersPresent", "membersTotal", "municipalityId", "notifiedOn", "remarks", "representativeEmail", "representativeName", "representativePhone", "representativePosition", "returnNote", "signatoryName", "signatoryTitle", "status", "submittedAt", "submittedOn", "updatedAt", "vote", "votesFor", "notifiedAt") SELECT "alternateEmail", "alternateName", "alternatePhone", "alternatePosition", "closedOn", "createdAt", "createdById", "decisionDate", "decisionNumber", "decisionSession", "diavgeiaAda", "id", "membersPresent", "membersTotal", "municipalityId", "notifiedOn", "remarks", "representativeEmail", "representativeName", "representativePhone", "representativePosition", "returnNote", "signatoryName", "signatoryTitle", CASE "status" WHEN 'accepted' THEN 'notified' ELSE "status" END, "submittedAt", "submittedOn", "updatedAt", "vote", "votesFor", "acceptedAt" FROM "Accession";
DROP TABLE "Accession";
ALTER TABLE "new_Accession" RENAME TO "Accession";
CREATE INDEX "Accession_status_idx" ON "Accession"("status");
CREATE INDEX "Accession_municipalityId_idx" ON "Accession"("municipalityId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Notices of an accession said "accepted"; the act is the notification.
UPDATE "Notice" SET "event" = 'notified' WHERE "kind" = 'accession' AND "event" = 'accepted';

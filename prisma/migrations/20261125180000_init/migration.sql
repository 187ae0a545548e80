-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameEl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "regionEn" TEXT NOT NULL,
    "regionalUnit" TEXT NOT NULL,
    "regionalUnitEn" TEXT NOT NULL,
    "lat" REAL,
    "lon" REAL,
    "founding" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "MembershipPeriod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "startsOn" TEXT,
    "startsOnOrBefore" TEXT,
    "accessionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MembershipPeriod_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MembershipPeriod_accessionId_fkey" FOREIGN KEY ("accessionId") REFERENCES "Accession" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Accession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "decisionNumber" TEXT NOT NULL,
    "decisionSession" TEXT NOT NULL,
    "decisionDate" TEXT NOT NULL,
    "membersTotal" INTEGER NOT NULL,
    "membersPresent" INTEGER NOT NULL,
    "vote" TEXT NOT NULL,
    "votesFor" INTEGER,
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
    "returnNote" TEXT,
    "submittedOn" TEXT,
    "submittedAt" DATETIME,
    "notifiedOn" TEXT,
    "acceptedAt" DATETIME,
    "closedOn" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Accession_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Accession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accessionId" TEXT,
    "withdrawalId" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'decision',
    "filename" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Document_accessionId_fkey" FOREIGN KEY ("accessionId") REFERENCES "Accession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Document_withdrawalId_fkey" FOREIGN KEY ("withdrawalId") REFERENCES "Withdrawal" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Designation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "position" TEXT,
    "from" TEXT NOT NULL,
    "to" TEXT,
    "accessionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Designation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Withdrawal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "declaredOn" TEXT NOT NULL,
    "notifiedOn" TEXT NOT NULL,
    "effectiveOn" TEXT NOT NULL,
    "reason" TEXT,
    "rescindedOn" TEXT,
    "rescindedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Withdrawal_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Withdrawal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "subjectMunicipalityId" TEXT,
    "recipientMunicipalityId" TEXT NOT NULL,
    "accessionId" TEXT,
    "withdrawalId" TEXT,
    "amendmentId" TEXT,
    "reviewDueOn" TEXT,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" DATETIME,
    "acknowledgedById" TEXT,
    CONSTRAINT "Notice_subjectMunicipalityId_fkey" FOREIGN KEY ("subjectMunicipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notice_recipientMunicipalityId_fkey" FOREIGN KEY ("recipientMunicipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Notice_accessionId_fkey" FOREIGN KEY ("accessionId") REFERENCES "Accession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notice_withdrawalId_fkey" FOREIGN KEY ("withdrawalId") REFERENCES "Withdrawal" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notice_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notice_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReviewCycle" (
    "dueOn" TEXT NOT NULL PRIMARY KEY,
    "openedAt" DATETIME,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "reportJson" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dueOn" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "scoreEmployability" INTEGER NOT NULL,
    "scoreMunicipalStructures" INTEGER NOT NULL,
    "scoreInclusion" INTEGER NOT NULL,
    "achievements" TEXT NOT NULL,
    "challenges" TEXT NOT NULL,
    "proposals" TEXT NOT NULL,
    "submittedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Evaluation_dueOn_fkey" FOREIGN KEY ("dueOn") REFERENCES "ReviewCycle" ("dueOn") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evaluation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evaluation_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Amendment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "clause" TEXT NOT NULL,
    "proposedText" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "decisionNote" TEXT,
    "proposerId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Amendment_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Amendment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AmendmentStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "amendmentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "byId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AmendmentStatusChange_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AmendmentComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "amendmentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AmendmentComment_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AmendmentComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "titleEl" TEXT NOT NULL,
    "titleEn" TEXT,
    "summary" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT,
    "hostMunicipalityId" TEXT,
    "status" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "location" TEXT,
    "link" TEXT,
    "fundingProgramme" TEXT,
    "fundingDeadline" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "proposedById" TEXT,
    "searchText" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Activity_hostMunicipalityId_fkey" FOREIGN KEY ("hostMunicipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActivityPillar" (
    "activityId" TEXT NOT NULL,
    "pillar" TEXT NOT NULL,

    PRIMARY KEY ("activityId", "pillar"),
    CONSTRAINT "ActivityPillar_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActivityParticipant" (
    "activityId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,

    PRIMARY KEY ("activityId", "municipalityId"),
    CONSTRAINT "ActivityParticipant_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActivityParticipant_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdById" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Counter" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "Municipality_region_idx" ON "Municipality"("region");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipPeriod_accessionId_key" ON "MembershipPeriod"("accessionId");

-- CreateIndex
CREATE INDEX "MembershipPeriod_municipalityId_idx" ON "MembershipPeriod"("municipalityId");

-- CreateIndex
CREATE INDEX "Accession_status_idx" ON "Accession"("status");

-- CreateIndex
CREATE INDEX "Accession_municipalityId_idx" ON "Accession"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_accessionId_idx" ON "Document"("accessionId");

-- CreateIndex
CREATE INDEX "Document_withdrawalId_idx" ON "Document"("withdrawalId");

-- CreateIndex
CREATE INDEX "Designation_municipalityId_role_to_idx" ON "Designation"("municipalityId", "role", "to");

-- CreateIndex
CREATE INDEX "Withdrawal_municipalityId_idx" ON "Withdrawal"("municipalityId");

-- CreateIndex
CREATE INDEX "Withdrawal_effectiveOn_idx" ON "Withdrawal"("effectiveOn");

-- CreateIndex
CREATE INDEX "Notice_recipientMunicipalityId_sentAt_idx" ON "Notice"("recipientMunicipalityId", "sentAt");

-- CreateIndex
CREATE INDEX "Notice_accessionId_idx" ON "Notice"("accessionId");

-- CreateIndex
CREATE INDEX "Notice_withdrawalId_idx" ON "Notice"("withdrawalId");

-- CreateIndex
CREATE INDEX "Notice_amendmentId_idx" ON "Notice"("amendmentId");

-- CreateIndex
CREATE INDEX "Notice_reviewDueOn_idx" ON "Notice"("reviewDueOn");

-- CreateIndex
CREATE INDEX "OutboxEmail_sentAt_nextAttemptAt_idx" ON "OutboxEmail"("sentAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_dueOn_municipalityId_key" ON "Evaluation"("dueOn", "municipalityId");

-- CreateIndex
CREATE INDEX "Amendment_status_idx" ON "Amendment"("status");

-- CreateIndex
CREATE INDEX "AmendmentStatusChange_amendmentId_at_idx" ON "AmendmentStatusChange"("amendmentId", "at");

-- CreateIndex
CREATE INDEX "AmendmentComment_amendmentId_createdAt_idx" ON "AmendmentComment"("amendmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_published_visibility_startsOn_idx" ON "Activity"("published", "visibility", "startsOn");

-- CreateIndex
CREATE INDEX "Activity_type_startsOn_idx" ON "Activity"("type", "startsOn");

-- CreateIndex
CREATE INDEX "Activity_hostMunicipalityId_idx" ON "Activity"("hostMunicipalityId");

-- CreateIndex
CREATE INDEX "Activity_startsOn_idx" ON "Activity"("startsOn");

-- CreateIndex
CREATE INDEX "ActivityPillar_pillar_activityId_idx" ON "ActivityPillar"("pillar", "activityId");

-- CreateIndex
CREATE INDEX "ActivityParticipant_municipalityId_idx" ON "ActivityParticipant"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_municipalityId_idx" ON "User"("municipalityId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");


-- CreateTable
CREATE TABLE "ReminderSetting" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- CreateTable
CREATE TABLE "SentReminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "recipientMunicipalityId" TEXT,
    "subjectMunicipalityId" TEXT,
    "noticeId" TEXT,
    "remindedOn" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "SentReminder_subjectKey_key" ON "SentReminder"("subjectKey");

-- CreateIndex
CREATE INDEX "SentReminder_sentAt_idx" ON "SentReminder"("sentAt");


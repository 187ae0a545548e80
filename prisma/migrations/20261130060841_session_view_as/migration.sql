-- AlterTable
ALTER TABLE "Session" ADD COLUMN "viewAsUserId" TEXT;
ALTER TABLE "Session" ADD COLUMN "viewAsStartedAt" DATETIME;

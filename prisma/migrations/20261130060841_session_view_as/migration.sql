-- AlterTable
ALTER TABLE "Session" ADD COLUMN "viewAsStartedAt" DATETIME;
ALTER TABLE "Session" ADD COLUMN "viewAsUserId" TEXT;


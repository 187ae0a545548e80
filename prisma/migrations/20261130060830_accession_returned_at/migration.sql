-- AlterTable
ALTER TABLE "Accession" ADD COLUMN "returnedAt" DATETIME;


-- Declarations already returned: the last change is the best known return instant.
UPDATE "Accession" SET "returnedAt" = "updatedAt" WHERE "status" = 'returned';

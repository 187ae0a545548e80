-- CreateIndex
CREATE INDEX "Activity_published_startsOn_idx" ON "Activity"("published", "startsOn");


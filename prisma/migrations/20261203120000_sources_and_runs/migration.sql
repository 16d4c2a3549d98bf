-- Sources as data and recorded ingestion runs: an article may carry the address of its original
-- story; each run of the ingest command is kept with its counts per source and every rejected file.
-- Existing articles keep working: their address is unknown (null) until a sources.json names it.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "originalUrl" TEXT;

-- CreateTable
CREATE TABLE "IngestRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "files" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "replaced" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "IngestRunSource" (
    "runId" INTEGER NOT NULL,
    "sourceName" TEXT NOT NULL,
    "files" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "replaced" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,

    PRIMARY KEY ("runId", "sourceName"),
    CONSTRAINT "IngestRunSource_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IngestRejection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "sourceName" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "IngestRejection_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "IngestRun_startedAt_idx" ON "IngestRun"("startedAt");

-- CreateIndex
CREATE INDEX "IngestRunSource_sourceName_runId_idx" ON "IngestRunSource"("sourceName", "runId");

-- CreateIndex
CREATE INDEX "IngestRejection_runId_idx" ON "IngestRejection"("runId");

-- CreateIndex
CREATE INDEX "IngestRejection_sourceName_runId_idx" ON "IngestRejection"("sourceName", "runId");

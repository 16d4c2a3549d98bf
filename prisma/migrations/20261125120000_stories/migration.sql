-- Stories: reports of one happening across articles and languages, grouped at ingestion. The
-- timeline reads stories, so the event date indexes and the per-day event counts give way to the
-- same on Story. Events get the window a report of the same happening must overlap (their dates, or
-- the publication day and the three days before it when undated), copied with their type into
-- EventEntity, where candidates are looked up by entity; existing events are grouped into stories
-- by the next ingestion run (`npm start` runs one when it seeds).

-- DropTable
DROP TABLE "EventEndDay";

-- CreateTable
CREATE TABLE "Story" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "leadEventId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "value" TEXT,
    "startsOn" TEXT,
    "endsOn" TEXT,
    "spanLevel" INTEGER,
    "status" TEXT NOT NULL,
    "first" BOOLEAN NOT NULL,
    "reportCount" INTEGER NOT NULL,
    "languages" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "StoryEntity" (
    "storyId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "startsOn" TEXT,
    "endsOn" TEXT,
    "spanLevel" INTEGER,

    PRIMARY KEY ("storyId", "entityId"),
    CONSTRAINT "StoryEntity_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StoryEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "StoryEndDay" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "stories" INTEGER NOT NULL
) WITHOUT ROWID;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "value" TEXT,
    "startsOn" TEXT,
    "endsOn" TEXT,
    "status" TEXT NOT NULL,
    "first" BOOLEAN NOT NULL DEFAULT false,
    "evidence" TEXT NOT NULL,
    "evidenceIn" TEXT NOT NULL DEFAULT 'body',
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,
    "storyId" INTEGER,
    "matchFrom" TEXT NOT NULL,
    "matchTo" TEXT NOT NULL,
    CONSTRAINT "Event_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("id", "articleId", "type", "value", "startsOn", "endsOn", "status", "first", "evidence", "evidenceIn", "evidenceStart", "evidenceEnd", "storyId", "matchFrom", "matchTo")
SELECT e."id", e."articleId", e."type", e."value", e."startsOn", e."endsOn", e."status", e."first", e."evidence", e."evidenceIn", e."evidenceStart", e."evidenceEnd", NULL,
       CASE WHEN e."startsOn" IS NOT NULL AND e."endsOn" IS NOT NULL THEN e."startsOn" ELSE date(a."publishedOn", '-3 days') END,
       CASE WHEN e."startsOn" IS NOT NULL AND e."endsOn" IS NOT NULL THEN e."endsOn" ELSE a."publishedOn" END
FROM "Event" e JOIN "Article" a ON a."id" = e."articleId";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE INDEX "Event_articleId_idx" ON "Event"("articleId");
CREATE INDEX "Event_storyId_idx" ON "Event"("storyId");
CREATE TABLE "new_EventEntity" (
    "eventId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "type" TEXT NOT NULL,
    "matchFrom" TEXT NOT NULL,
    "matchTo" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "entityId", "role"),
    CONSTRAINT "EventEntity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EventEntity" ("eventId", "entityId", "role", "position", "type", "matchFrom", "matchTo")
SELECT ee."eventId", ee."entityId", ee."role", ee."position", e."type", e."matchFrom", e."matchTo"
FROM "EventEntity" ee JOIN "Event" e ON e."id" = ee."eventId";
DROP TABLE "EventEntity";
ALTER TABLE "new_EventEntity" RENAME TO "EventEntity";
CREATE INDEX "EventEntity_entityId_type_matchFrom_idx" ON "EventEntity"("entityId", "type", "matchFrom");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Story_startsOn_idx" ON "Story"("startsOn");

-- CreateIndex
CREATE INDEX "Story_type_startsOn_idx" ON "Story"("type", "startsOn");

-- CreateIndex
CREATE INDEX "Story_spanLevel_startsOn_endsOn_idx" ON "Story"("spanLevel", "startsOn", "endsOn");

-- CreateIndex
CREATE INDEX "StoryEntity_entityId_startsOn_idx" ON "StoryEntity"("entityId", "startsOn");

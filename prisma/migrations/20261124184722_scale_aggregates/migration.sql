-- Aggregates for the pages at scale (kept exact by ingestion from now on; computed here once for
-- the rows already stored), copies of event dates for index-ordered reads, and indexes for the
-- page queries. See docs/BENCHMARKS.md, "Database at scale".

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "spanLevel" INTEGER;

-- CreateTable
CREATE TABLE "EntityMonth" (
    "entityId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "mentions" INTEGER NOT NULL,

    PRIMARY KEY ("entityId", "month"),
    CONSTRAINT "EntityMonth_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "CoMention" (
    "entityId" INTEGER NOT NULL,
    "otherId" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,

    PRIMARY KEY ("entityId", "otherId"),
    CONSTRAINT "CoMention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CoMention_otherId_fkey" FOREIGN KEY ("otherId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "EventEndDay" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "events" INTEGER NOT NULL
) WITHOUT ROWID;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Entity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "known" BOOLEAN NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "country" TEXT,
    "parentKey" TEXT,
    "lat" REAL,
    "lon" REAL,
    "roleKk" TEXT,
    "roleRu" TEXT,
    "roleEn" TEXT,
    "mentionCount" INTEGER NOT NULL DEFAULT 0,
    "articleCount" INTEGER NOT NULL DEFAULT 0,
    "eventCount" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Entity" ("country", "id", "key", "known", "lat", "lon", "nameEn", "nameKk", "nameRu", "nameZh", "parentKey", "roleEn", "roleKk", "roleRu", "type") SELECT "country", "id", "key", "known", "lat", "lon", "nameEn", "nameKk", "nameRu", "nameZh", "parentKey", "roleEn", "roleKk", "roleRu", "type" FROM "Entity";
DROP TABLE "Entity";
ALTER TABLE "new_Entity" RENAME TO "Entity";
CREATE UNIQUE INDEX "Entity_key_key" ON "Entity"("key");
CREATE INDEX "Entity_type_idx" ON "Entity"("type");
CREATE INDEX "Entity_known_type_idx" ON "Entity"("known", "type");
CREATE INDEX "Entity_mentionCount_id_idx" ON "Entity"("mentionCount" DESC, "id");
CREATE INDEX "Entity_eventCount_id_idx" ON "Entity"("eventCount" DESC, "id");
CREATE TABLE "new_PlaceRelation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "aId" INTEGER NOT NULL,
    "bId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT,
    "evidenceCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "PlaceRelation_aId_fkey" FOREIGN KEY ("aId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlaceRelation_bId_fkey" FOREIGN KEY ("bId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PlaceRelation" ("aId", "bId", "id", "status", "type") SELECT "aId", "bId", "id", "status", "type" FROM "PlaceRelation";
DROP TABLE "PlaceRelation";
ALTER TABLE "new_PlaceRelation" RENAME TO "PlaceRelation";
CREATE INDEX "PlaceRelation_bId_idx" ON "PlaceRelation"("bId");
CREATE INDEX "PlaceRelation_type_status_idx" ON "PlaceRelation"("type", "status");
CREATE INDEX "PlaceRelation_evidenceCount_id_idx" ON "PlaceRelation"("evidenceCount" DESC, "id");
CREATE UNIQUE INDEX "PlaceRelation_aId_bId_type_key" ON "PlaceRelation"("aId", "bId", "type");
CREATE TABLE "new_RelationEvidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "relationId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "status" TEXT,
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "publishedOn" TEXT NOT NULL,
    CONSTRAINT "RelationEvidence_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "PlaceRelation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelationEvidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_RelationEvidence" ("articleId", "end", "id", "relationId", "sentence", "start", "status", "publishedOn") SELECT e."articleId", e."end", e."id", e."relationId", e."sentence", e."start", e."status", a."publishedOn" FROM "RelationEvidence" e JOIN "Article" a ON a."id" = e."articleId";
DROP TABLE "RelationEvidence";
ALTER TABLE "new_RelationEvidence" RENAME TO "RelationEvidence";
CREATE INDEX "RelationEvidence_articleId_idx" ON "RelationEvidence"("articleId");
CREATE INDEX "RelationEvidence_relationId_publishedOn_id_idx" ON "RelationEvidence"("relationId", "publishedOn" DESC, "id" DESC);
CREATE UNIQUE INDEX "RelationEvidence_relationId_articleId_start_key" ON "RelationEvidence"("relationId", "articleId", "start");
-- The search index and the aggregate tables are WITHOUT ROWID: their primary key is the only
-- B-tree to write (a rowid table writes the table and the key's index). Prisma's schema has no
-- word for it; the tables are otherwise as the schema declares them.
CREATE TABLE "new_ArticleTerm" (
    "term" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,

    PRIMARY KEY ("term", "articleId"),
    CONSTRAINT "ArticleTerm_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO "new_ArticleTerm" ("term", "articleId") SELECT "term", "articleId" FROM "ArticleTerm";
DROP TABLE "ArticleTerm";
ALTER TABLE "new_ArticleTerm" RENAME TO "ArticleTerm";
CREATE INDEX "ArticleTerm_articleId_idx" ON "ArticleTerm"("articleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- CreateIndex
CREATE INDEX "CoMention_otherId_idx" ON "CoMention"("otherId");

-- CreateIndex
CREATE INDEX "Event_spanLevel_startsOn_endsOn_idx" ON "Event"("spanLevel", "startsOn", "endsOn");


-- Backfill from the rows already stored.
-- Days covered d = endsOn - startsOn + 1; spanLevel is the least L with d <= 2^L.
UPDATE "Event" SET "spanLevel" = (
  SELECT CASE
    WHEN d <= 1 THEN 0 WHEN d <= 2 THEN 1 WHEN d <= 4 THEN 2 WHEN d <= 8 THEN 3 WHEN d <= 16 THEN 4
    WHEN d <= 32 THEN 5 WHEN d <= 64 THEN 6 WHEN d <= 128 THEN 7 WHEN d <= 256 THEN 8 WHEN d <= 512 THEN 9
    WHEN d <= 1024 THEN 10 WHEN d <= 2048 THEN 11 WHEN d <= 4096 THEN 12 WHEN d <= 8192 THEN 13
    WHEN d <= 16384 THEN 14 WHEN d <= 32768 THEN 15 WHEN d <= 65536 THEN 16 WHEN d <= 131072 THEN 17
    WHEN d <= 262144 THEN 18 WHEN d <= 524288 THEN 19 WHEN d <= 1048576 THEN 20 WHEN d <= 2097152 THEN 21 ELSE 22 END
  FROM (SELECT CAST(julianday("endsOn") - julianday("startsOn") AS INTEGER) + 1 AS d)
)
WHERE "startsOn" IS NOT NULL AND "endsOn" IS NOT NULL;

-- EventEntity gains copies of its event's dates, and is WITHOUT ROWID like the tables above.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EventEntity" (
    "eventId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "startsOn" TEXT,
    "endsOn" TEXT,
    "spanLevel" INTEGER,

    PRIMARY KEY ("eventId", "entityId"),
    CONSTRAINT "EventEntity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO "new_EventEntity" ("eventId", "entityId", "startsOn", "endsOn", "spanLevel")
SELECT ee."eventId", ee."entityId", e."startsOn", e."endsOn", e."spanLevel" FROM "EventEntity" ee JOIN "Event" e ON e."id" = ee."eventId";
DROP TABLE "EventEntity";
ALTER TABLE "new_EventEntity" RENAME TO "EventEntity";
CREATE INDEX "EventEntity_entityId_startsOn_idx" ON "EventEntity"("entityId", "startsOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

INSERT INTO "EventEndDay" ("day", "events")
SELECT "endsOn", COUNT(*) FROM "Event" WHERE "endsOn" IS NOT NULL GROUP BY "endsOn";

UPDATE "Entity" SET
  "mentionCount" = (SELECT COUNT(*) FROM "Mention" m WHERE m."entityId" = "Entity"."id"),
  "articleCount" = (SELECT COUNT(DISTINCT m."articleId") FROM "Mention" m WHERE m."entityId" = "Entity"."id"),
  "eventCount" = (SELECT COUNT(*) FROM "EventEntity" ee WHERE ee."entityId" = "Entity"."id");

INSERT INTO "EntityMonth" ("entityId", "month", "mentions")
SELECT m."entityId", substr(a."publishedOn", 1, 7), COUNT(*)
FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId"
GROUP BY m."entityId", substr(a."publishedOn", 1, 7);

INSERT INTO "CoMention" ("entityId", "otherId", "articles")
SELECT x."entityId", y."entityId", COUNT(*)
FROM (SELECT DISTINCT "articleId", "entityId" FROM "Mention") x
JOIN (SELECT DISTINCT "articleId", "entityId" FROM "Mention") y ON y."articleId" = x."articleId" AND y."entityId" > x."entityId"
GROUP BY x."entityId", y."entityId";

UPDATE "PlaceRelation" SET "evidenceCount" = (SELECT COUNT(*) FROM "RelationEvidence" e WHERE e."relationId" = "PlaceRelation"."id");

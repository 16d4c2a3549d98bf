-- Event roles, first-of-its-kind, where evidence stands (body or title line), and mentions in the
-- title line. New columns are added in place (no copy of the large tables); EventEntity changes its
-- key to hold one row per role, so it is copied once, with the role extraction gave by entity type
-- until now. Existing articles are extracted again on the next ingestion (extraction version 2).

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "first" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Event" ADD COLUMN "evidenceIn" TEXT NOT NULL DEFAULT 'body';

-- AlterTable
ALTER TABLE "Mention" ADD COLUMN "inTitle" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "RelationEvidence" ADD COLUMN "evidenceIn" TEXT NOT NULL DEFAULT 'body';
DROP INDEX "RelationEvidence_relationId_articleId_start_key";
CREATE UNIQUE INDEX "RelationEvidence_relationId_articleId_evidenceIn_start_key" ON "RelationEvidence"("relationId", "articleId", "evidenceIn", "start");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EventEntity" (
    "eventId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "startsOn" TEXT,
    "endsOn" TEXT,
    "spanLevel" INTEGER,

    PRIMARY KEY ("eventId", "entityId", "role"),
    CONSTRAINT "EventEntity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EventEntity" ("eventId", "entityId", "role", "position", "startsOn", "endsOn", "spanLevel")
SELECT ee."eventId", ee."entityId",
       CASE WHEN n."type" IN ('CITY', 'REGION', 'COUNTRY') THEN 'place' ELSE 'actor' END,
       0, ee."startsOn", ee."endsOn", ee."spanLevel"
FROM "EventEntity" ee JOIN "Entity" n ON n."id" = ee."entityId";
DROP TABLE "EventEntity";
ALTER TABLE "new_EventEntity" RENAME TO "EventEntity";
CREATE INDEX "EventEntity_entityId_startsOn_idx" ON "EventEntity"("entityId", "startsOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

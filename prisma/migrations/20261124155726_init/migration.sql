-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "sourcePath" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT,
    "publishedOn" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "credit" TEXT,
    "body" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceId" INTEGER,
    CONSTRAINT "Article_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Entity" (
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
    "roleEn" TEXT
);

-- CreateTable
CREATE TABLE "EntityAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    CONSTRAINT "EntityAlias_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Mention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TemporalExpression" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "TemporalExpression_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "value" TEXT,
    "startsOn" TEXT,
    "endsOn" TEXT,
    "status" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,
    CONSTRAINT "Event_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventEntity" (
    "eventId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,

    PRIMARY KEY ("eventId", "entityId"),
    CONSTRAINT "EventEntity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlaceRelation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "aId" INTEGER NOT NULL,
    "bId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT,
    CONSTRAINT "PlaceRelation_aId_fkey" FOREIGN KEY ("aId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlaceRelation_bId_fkey" FOREIGN KEY ("bId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelationEvidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "relationId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "status" TEXT,
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "RelationEvidence_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "PlaceRelation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelationEvidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_name_key" ON "Source"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_sourcePath_key" ON "Article"("sourcePath");

-- CreateIndex
CREATE INDEX "Article_publishedOn_idx" ON "Article"("publishedOn");

-- CreateIndex
CREATE INDEX "Article_language_publishedOn_idx" ON "Article"("language", "publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_key_key" ON "Entity"("key");

-- CreateIndex
CREATE INDEX "Entity_type_idx" ON "Entity"("type");

-- CreateIndex
CREATE INDEX "Entity_known_type_idx" ON "Entity"("known", "type");

-- CreateIndex
CREATE INDEX "EntityAlias_form_idx" ON "EntityAlias"("form");

-- CreateIndex
CREATE UNIQUE INDEX "EntityAlias_entityId_language_form_key" ON "EntityAlias"("entityId", "language", "form");

-- CreateIndex
CREATE INDEX "Mention_articleId_start_idx" ON "Mention"("articleId", "start");

-- CreateIndex
CREATE INDEX "Mention_entityId_articleId_idx" ON "Mention"("entityId", "articleId");

-- CreateIndex
CREATE INDEX "TemporalExpression_articleId_start_idx" ON "TemporalExpression"("articleId", "start");

-- CreateIndex
CREATE INDEX "Event_articleId_idx" ON "Event"("articleId");

-- CreateIndex
CREATE INDEX "Event_startsOn_idx" ON "Event"("startsOn");

-- CreateIndex
CREATE INDEX "Event_type_startsOn_idx" ON "Event"("type", "startsOn");

-- CreateIndex
CREATE INDEX "EventEntity_entityId_idx" ON "EventEntity"("entityId");

-- CreateIndex
CREATE INDEX "PlaceRelation_bId_idx" ON "PlaceRelation"("bId");

-- CreateIndex
CREATE INDEX "PlaceRelation_type_status_idx" ON "PlaceRelation"("type", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceRelation_aId_bId_type_key" ON "PlaceRelation"("aId", "bId", "type");

-- CreateIndex
CREATE INDEX "RelationEvidence_articleId_idx" ON "RelationEvidence"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "RelationEvidence_relationId_articleId_start_key" ON "RelationEvidence"("relationId", "articleId", "start");

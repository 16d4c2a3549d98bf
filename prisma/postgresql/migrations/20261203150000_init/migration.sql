-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('kk', 'ru', 'en');

-- CreateEnum
CREATE TYPE "NameLanguage" AS ENUM ('kk', 'ru', 'en', 'zh');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('PERSON', 'CITY', 'REGION', 'COUNTRY', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('MEETING', 'VISIT', 'CONFERENCE', 'AGREEMENT', 'REFERENDUM', 'PLAN', 'FLIGHT_LAUNCH', 'OPENING', 'OTHER');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('held', 'planned');

-- CreateEnum
CREATE TYPE "EventRole" AS ENUM ('actor', 'place', 'object', 'routeFrom', 'routeTo', 'carrier', 'other');

-- CreateEnum
CREATE TYPE "RelationType" AS ENUM ('SISTER_CITIES', 'COOPERATION', 'AGREEMENT', 'FLIGHTS', 'VISIT', 'OTHER');

-- CreateEnum
CREATE TYPE "RelationStatus" AS ENUM ('planned', 'signed', 'launched', 'proposed');

-- CreateEnum
CREATE TYPE "EvidencePlace" AS ENUM ('body', 'title');

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "sourcePath" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT,
    "publishedOn" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "credit" TEXT,
    "body" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "originalUrl" TEXT,
    "sourceId" INTEGER,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "type" "EntityType" NOT NULL,
    "known" BOOLEAN NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "country" TEXT,
    "parentKey" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "roleKk" TEXT,
    "roleRu" TEXT,
    "roleEn" TEXT,
    "mentionCount" INTEGER NOT NULL DEFAULT 0,
    "articleCount" INTEGER NOT NULL DEFAULT 0,
    "eventCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityMonth" (
    "entityId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "mentions" INTEGER NOT NULL,

    CONSTRAINT "EntityMonth_pkey" PRIMARY KEY ("entityId","month")
);

-- CreateTable
CREATE TABLE "CoMention" (
    "entityId" INTEGER NOT NULL,
    "otherId" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "CoMention_pkey" PRIMARY KEY ("entityId","otherId")
);

-- CreateTable
CREATE TABLE "EntityAlias" (
    "id" SERIAL NOT NULL,
    "entityId" INTEGER NOT NULL,
    "language" "NameLanguage" NOT NULL,
    "form" TEXT NOT NULL,

    CONSTRAINT "EntityAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "inTitle" BOOLEAN NOT NULL DEFAULT false,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemporalExpression" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "TemporalExpression_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "type" "EventType" NOT NULL,
    "value" TEXT,
    "startsOn" TEXT,
    "endsOn" TEXT,
    "status" "EventStatus" NOT NULL,
    "first" BOOLEAN NOT NULL DEFAULT false,
    "evidence" TEXT NOT NULL,
    "evidenceIn" "EvidencePlace" NOT NULL DEFAULT 'body',
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,
    "storyId" INTEGER,
    "matchFrom" TEXT NOT NULL,
    "matchTo" TEXT NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventEntity" (
    "eventId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "role" "EventRole" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "type" "EventType" NOT NULL,
    "matchFrom" TEXT NOT NULL,
    "matchTo" TEXT NOT NULL,

    CONSTRAINT "EventEntity_pkey" PRIMARY KEY ("eventId","entityId","role")
);

-- CreateTable
CREATE TABLE "Story" (
    "id" INTEGER NOT NULL,
    "leadEventId" INTEGER NOT NULL,
    "type" "EventType" NOT NULL,
    "value" TEXT,
    "startsOn" TEXT,
    "endsOn" TEXT,
    "spanLevel" INTEGER,
    "status" "EventStatus" NOT NULL,
    "first" BOOLEAN NOT NULL,
    "reportCount" INTEGER NOT NULL,
    "languages" TEXT NOT NULL,

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoryEntity" (
    "storyId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "startsOn" TEXT,
    "endsOn" TEXT,
    "spanLevel" INTEGER,

    CONSTRAINT "StoryEntity_pkey" PRIMARY KEY ("storyId","entityId")
);

-- CreateTable
CREATE TABLE "StoryEndDay" (
    "day" TEXT NOT NULL,
    "stories" INTEGER NOT NULL,

    CONSTRAINT "StoryEndDay_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "PlaceRelation" (
    "id" SERIAL NOT NULL,
    "aId" INTEGER NOT NULL,
    "bId" INTEGER NOT NULL,
    "type" "RelationType" NOT NULL,
    "status" "RelationStatus",
    "evidenceCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlaceRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelationEvidence" (
    "id" SERIAL NOT NULL,
    "relationId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "status" "RelationStatus",
    "sentence" TEXT NOT NULL,
    "evidenceIn" "EvidencePlace" NOT NULL DEFAULT 'body',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "publishedOn" TEXT NOT NULL,

    CONSTRAINT "RelationEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchLexicon" (
    "lemma" TEXT NOT NULL,
    "form" TEXT NOT NULL,

    CONSTRAINT "SearchLexicon_pkey" PRIMARY KEY ("lemma","form")
);

-- CreateTable
CREATE TABLE "IngestRun" (
    "id" SERIAL NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "files" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "replaced" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IngestRun_pkey" PRIMARY KEY ("id")
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

    CONSTRAINT "IngestRunSource_pkey" PRIMARY KEY ("runId","sourceName")
);

-- CreateTable
CREATE TABLE "IngestRejection" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "sourceName" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "IngestRejection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleSearch" (
    "key" BIGINT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("key")
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
CREATE INDEX "Entity_mentionCount_id_idx" ON "Entity"("mentionCount" DESC, "id");

-- CreateIndex
CREATE INDEX "Entity_eventCount_id_idx" ON "Entity"("eventCount" DESC, "id");

-- CreateIndex
CREATE INDEX "CoMention_otherId_idx" ON "CoMention"("otherId");

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
CREATE INDEX "Event_storyId_idx" ON "Event"("storyId");

-- CreateIndex
CREATE INDEX "EventEntity_entityId_type_matchFrom_idx" ON "EventEntity"("entityId", "type", "matchFrom");

-- CreateIndex
CREATE INDEX "Story_startsOn_idx" ON "Story"("startsOn");

-- CreateIndex
CREATE INDEX "Story_type_startsOn_idx" ON "Story"("type", "startsOn");

-- CreateIndex
CREATE INDEX "Story_spanLevel_startsOn_endsOn_idx" ON "Story"("spanLevel", "startsOn", "endsOn");

-- CreateIndex
CREATE INDEX "StoryEntity_entityId_startsOn_idx" ON "StoryEntity"("entityId", "startsOn");

-- CreateIndex
CREATE INDEX "PlaceRelation_bId_idx" ON "PlaceRelation"("bId");

-- CreateIndex
CREATE INDEX "PlaceRelation_type_status_idx" ON "PlaceRelation"("type", "status");

-- CreateIndex
CREATE INDEX "PlaceRelation_evidenceCount_id_idx" ON "PlaceRelation"("evidenceCount" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceRelation_aId_bId_type_key" ON "PlaceRelation"("aId", "bId", "type");

-- CreateIndex
CREATE INDEX "RelationEvidence_articleId_idx" ON "RelationEvidence"("articleId");

-- CreateIndex
CREATE INDEX "RelationEvidence_relationId_publishedOn_id_idx" ON "RelationEvidence"("relationId", "publishedOn" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "RelationEvidence_relationId_articleId_evidenceIn_start_key" ON "RelationEvidence"("relationId", "articleId", "evidenceIn", "start");

-- CreateIndex
CREATE INDEX "IngestRun_startedAt_idx" ON "IngestRun"("startedAt");

-- CreateIndex
CREATE INDEX "IngestRunSource_sourceName_runId_idx" ON "IngestRunSource"("sourceName", "runId");

-- CreateIndex
CREATE INDEX "IngestRejection_runId_idx" ON "IngestRejection"("runId");

-- CreateIndex
CREATE INDEX "IngestRejection_sourceName_runId_idx" ON "IngestRejection"("sourceName", "runId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleSearch_articleId_key" ON "ArticleSearch"("articleId");

-- CreateIndex
CREATE INDEX "ArticleSearch_document_idx" ON "ArticleSearch" USING GIN ("document");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityMonth" ADD CONSTRAINT "EntityMonth_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoMention" ADD CONSTRAINT "CoMention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoMention" ADD CONSTRAINT "CoMention_otherId_fkey" FOREIGN KEY ("otherId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityAlias" ADD CONSTRAINT "EntityAlias_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemporalExpression" ADD CONSTRAINT "TemporalExpression_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventEntity" ADD CONSTRAINT "EventEntity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventEntity" ADD CONSTRAINT "EventEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryEntity" ADD CONSTRAINT "StoryEntity_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryEntity" ADD CONSTRAINT "StoryEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceRelation" ADD CONSTRAINT "PlaceRelation_aId_fkey" FOREIGN KEY ("aId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceRelation" ADD CONSTRAINT "PlaceRelation_bId_fkey" FOREIGN KEY ("bId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationEvidence" ADD CONSTRAINT "RelationEvidence_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "PlaceRelation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationEvidence" ADD CONSTRAINT "RelationEvidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestRunSource" ADD CONSTRAINT "IngestRunSource_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestRejection" ADD CONSTRAINT "IngestRejection_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Every entity an article mentions, once, with the article's publication date: an entity's
-- articles newest first become one index range. Filled from the stored mentions.
-- CreateTable
CREATE TABLE "EntityArticle" (
    "entityId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "publishedOn" TEXT NOT NULL,

    PRIMARY KEY ("entityId", "publishedOn", "articleId"),
    CONSTRAINT "EntityArticle_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EntityArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EntityArticle_articleId_idx" ON "EntityArticle"("articleId");

-- Backfill
INSERT INTO "EntityArticle" ("entityId", "articleId", "publishedOn")
SELECT DISTINCT m."entityId", m."articleId", a."publishedOn"
FROM "Mention" m
JOIN "Article" a ON a."id" = m."articleId";

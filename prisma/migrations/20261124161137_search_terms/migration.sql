-- CreateTable
CREATE TABLE "ArticleTerm" (
    "term" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,

    PRIMARY KEY ("term", "articleId"),
    CONSTRAINT "ArticleTerm_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArticleTerm_articleId_idx" ON "ArticleTerm"("articleId");

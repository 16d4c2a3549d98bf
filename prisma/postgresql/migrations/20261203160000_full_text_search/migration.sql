-- CreateTable
CREATE TABLE "ArticleSearch" (
    "key" BIGINT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleSearch_articleId_key" ON "ArticleSearch"("articleId");

-- CreateIndex
CREATE INDEX "ArticleSearch_document_idx" ON "ArticleSearch" USING GIN ("document");

-- Search on SQLite's full-text engine (FTS5) instead of the table of word forms.

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ArticleTerm";
PRAGMA foreign_keys=on;

-- CreateTable
-- WITHOUT ROWID: the primary key is the only B-tree to write (Prisma's schema has no word for it).
CREATE TABLE "SearchLexicon" (
    "lemma" TEXT NOT NULL,
    "form" TEXT NOT NULL,

    PRIMARY KEY ("lemma", "form")
) WITHOUT ROWID;

-- The full-text index (not in schema.prisma: Prisma does not model virtual tables). One row per
-- article, numbered by publication day then article id (lib/extract/search/search-key.ts), so
-- the newest matches and a period are ranges of row numbers. Columns, all space-separated tokens
-- written by lib/ingest/search-index.ts:
--   title, body              each word's normalised form, one token per word (phrases)
--   titleLemmas, bodyLemmas  the other lemmas each word may stand for (inflected forms meet here)
--   entities                 _e<entity id> once per mention
--   meta                     _article, _<language>, _s<source id> (filters)
-- Entity and meta tokens begin with "_", which no word holds: queries need no column filter for them.
-- Contentless: the text lives in "Article"; the index keeps only what search needs (deletable rows).
-- The tokenizer keeps each token whole: letters, marks and digits, with inner hyphens and
-- apostrophes (ұлан-батор, xi's) and the "_" of entity and meta tokens, and leaves Kazakh and
-- Russian letters as written (й stays й).
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    title, body, titleLemmas, bodyLemmas, entities, meta,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 tokenchars '-''_' categories 'L* N* Co M*'"
);
-- No prefix indexes: they doubled the index (and a quarter of its build time) for the rare "word*"
-- query, which reads the terms of its prefix instead (from three letters: a few milliseconds).

-- Relevance: BM25 with the title (forms and lemmas) weighted five times the body, mentions of a
-- named entity half; the meta tokens are filters and never rank.
INSERT INTO "ArticleSearch" ("ArticleSearch", "rank") VALUES ('rank', 'bm25(5.0, 1.0, 5.0, 1.0, 0.5, 0.0)');

-- An article's index row goes with the article, whoever deletes it.
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "ArticleSearch" WHERE "rowid" = (unixepoch(old."publishedOn") / 86400 + 1000000) * 16777216 + old."id";
END;

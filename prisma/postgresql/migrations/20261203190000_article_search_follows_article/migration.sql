-- An article deleted by anyone, not only by ingestion, takes its full-text index row with it, as
-- SQLite's index trigger does (a trigger: Prisma's schema has no relation to a table it cannot
-- describe).
CREATE FUNCTION "removeArticleSearchRow"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  DELETE FROM "ArticleSearch" WHERE "articleId" = OLD."id";
  RETURN OLD;
END
$$;

CREATE TRIGGER "Article_removeSearchRow"
AFTER DELETE ON "Article"
FOR EACH ROW EXECUTE FUNCTION "removeArticleSearchRow"();

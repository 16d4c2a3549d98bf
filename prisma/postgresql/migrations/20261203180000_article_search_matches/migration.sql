-- The keys and article ids of the full-text index's rows that match a tsquery
-- (lib/database/postgres/full-text.ts finds every search's matches through it), always by a bitmap
-- of the GIN index: the settings below leave the planner no other way. Left to itself it may walk
-- the key index or the table instead and test each row's tsvector, read from the TOAST table: tens
-- of microseconds a row, and every row of the table for a word that matches nothing. The settings
-- hold inside the function only (which they keep from being inlined into the calling statement).
CREATE FUNCTION "articleSearchMatches"(query tsquery)
RETURNS TABLE ("key" bigint, "articleId" integer)
LANGUAGE sql STABLE PARALLEL SAFE
SET enable_seqscan = off
SET enable_indexscan = off
SET jit = off
AS $$
  SELECT s."key", s."articleId" FROM "ArticleSearch" s WHERE s."document" @@ query
$$;

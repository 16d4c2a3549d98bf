-- The keys of the full-text index's rows that match a tsquery, from "low" to "high", in ascending
-- order (lib/database/postgres/full-text.ts reads every search through it). The rows are always
-- found by a bitmap of the GIN index, the settings below leaving the planner no other way: left to
-- itself it may walk the key index or the table instead and test each row's tsvector, read from
-- the TOAST table (tens of microseconds a row, and every row of the table for a word that matches
-- nothing). The range is a filter of the aggregate, not a condition an index could take over. The
-- settings hold inside the function only (and keep it from being inlined into the caller).
CREATE FUNCTION "articleSearchKeys"(query tsquery, low bigint, high bigint)
RETURNS bigint[]
LANGUAGE sql STABLE PARALLEL SAFE
SET enable_seqscan = off
SET enable_indexscan = off
SET jit = off
AS $$
  SELECT coalesce(array_agg(s."key" ORDER BY s."key") FILTER (WHERE s."key" BETWEEN low AND high), '{}')
  FROM "ArticleSearch" s
  WHERE s."document" @@ query
$$;

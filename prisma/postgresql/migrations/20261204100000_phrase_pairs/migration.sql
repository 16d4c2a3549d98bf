-- The tsvectors now hold each pair of adjacent title or body forms, which phrase searches ask for.
-- The rows are taken out here; `npm run db:setup` builds them again (reindex --if-needed).
DELETE FROM "ArticleSearch";

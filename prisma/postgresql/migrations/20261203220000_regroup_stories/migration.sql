-- An undated report now joins one happening's story only. Stories are taken out here; the next
-- ingestion run (the seed included) groups every event again.
UPDATE "Event" SET "storyId" = NULL;
DELETE FROM "StoryEntity";
DELETE FROM "StoryEndDay";
DELETE FROM "Story";

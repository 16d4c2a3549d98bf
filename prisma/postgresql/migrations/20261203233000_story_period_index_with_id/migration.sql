-- The id joins the index that finds the stories lasting into a period, so that PostgreSQL reads
-- them from the index alone, in the order pages want (start date, then id).
DROP INDEX "Story_spanLevel_startsOn_endsOn_idx";

CREATE INDEX "Story_spanLevel_startsOn_endsOn_id_idx" ON "Story"("spanLevel", "startsOn", "endsOn", "id");

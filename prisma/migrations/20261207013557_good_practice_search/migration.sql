-- The good-practice library is searched across countries and languages with PostgreSQL's
-- full-text search. The vector holds the six texts folded by wise_search_fold (accents and case
-- ignored, Greek and Cyrillic included) under the 'simple' configuration: the library holds
-- thirteen languages, so no one language's stemmer or stop words may apply to all of them.
-- Queries fold their words the same way: websearch_to_tsquery('simple', wise_search_fold(q)).
-- A trigger keeps it, not a generated column, which Prisma's schema diff would take for a
-- column default and try to drop.
ALTER TABLE "GoodPractice" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION good_practice_search_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := to_tsvector('simple'::regconfig, wise_search_fold(
    concat_ws(' ', NEW."title", NEW."need", NEW."practice", NEW."results", NEW."transfer",
      NEW."digitalTools")));
  RETURN NEW;
END;
$$;

CREATE TRIGGER good_practice_search_vector
  BEFORE INSERT OR UPDATE OF "title", "need", "practice", "results", "transfer", "digitalTools"
  ON "GoodPractice"
  FOR EACH ROW EXECUTE FUNCTION good_practice_search_vector();

-- CreateIndex
CREATE INDEX "GoodPractice_searchVector_idx" ON "GoodPractice" USING GIN ("searchVector");

-- WISE names are searched ignoring accents as well as case: "Asociatia" finds "Asociația",
-- whichever of the Romanian ș/ş (comma or cedilla) the name was typed with.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads its dictionary by name); naming the dictionary makes the
-- result depend on the input alone, so the fold can be IMMUTABLE and used in an index.
CREATE FUNCTION wise_search_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, input));

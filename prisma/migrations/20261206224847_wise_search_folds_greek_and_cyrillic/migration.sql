-- The WISE search ignores accents and case in the partners' Greek and Cyrillic names too.
-- lower() folds only what the database's LC_CTYPE knows (nothing beyond ASCII under "C"), so
-- Greek and Cyrillic capitals are folded by translate(), which is the same on every server.
-- PostgreSQL's unaccent dictionary then strips Latin accents (ł, ā, ß → ss, ...) and Greek tonos;
-- the last translate() catches what it leaves: dialytika with tonos (ΐ, ΰ), dialytika (ϊ, ϋ),
-- the final sigma (ς, which a capital Σ folds to σ), and Bulgarian stress marks (ѐ, ѝ).
-- Й, Ё and the other distinct Cyrillic letters stay themselves.
CREATE OR REPLACE FUNCTION wise_search_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN translate(
    lower(public.unaccent('public.unaccent'::regdictionary,
      translate(input,
        'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏΪΫАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЁЀЍЎЄІЇЃЌЅЈЉЊЋЏҐ',
        'αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋабвгдежзийклмнопрстуфхцчшщъыьэюяёѐѝўєіїѓќѕјљњћџґ'))),
    'άέήίόύώϊϋΐΰςѐѝ',
    'αεηιουωιυιυσеи');

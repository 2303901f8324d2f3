-- Reference data: the countries of lib/countries/catalogue.ts (EU members flagged).
-- Names are not stored; the app renders them with Intl.DisplayNames.
INSERT INTO "Country" ("code", "isEuMember") VALUES
    ('AT', true), ('BE', true), ('BG', true), ('HR', true), ('CY', true), ('CZ', true),
    ('DK', true), ('EE', true), ('FI', true), ('FR', true), ('DE', true), ('GR', true),
    ('HU', true), ('IE', true), ('IT', true), ('LV', true), ('LT', true), ('LU', true),
    ('MT', true), ('NL', true), ('PL', true), ('PT', true), ('RO', true), ('SK', true),
    ('SI', true), ('ES', true), ('SE', true), ('AL', false), ('AD', false), ('BA', false),
    ('BY', false), ('CH', false), ('GB', false), ('IS', false), ('LI', false), ('MC', false),
    ('MD', false), ('ME', false), ('MK', false), ('NO', false), ('RS', false), ('SM', false),
    ('TR', false), ('UA', false), ('VA', false)
ON CONFLICT ("code") DO UPDATE SET "isEuMember" = EXCLUDED."isEuMember";

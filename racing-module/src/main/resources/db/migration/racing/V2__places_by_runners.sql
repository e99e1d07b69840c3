-- Places paid follow the runners that run (UK each-way and tote place terms: 5-7 runners two
-- places, 8 or more three, handicaps of 16 or more four) unless a publisher fixed them. So
-- places_paid now holds only a fixed figure, with who fixed it, and a race says whether it is a
-- handicap.
ALTER TABLE race ADD COLUMN handicap BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE race ALTER COLUMN places_paid DROP NOT NULL;
ALTER TABLE race ADD COLUMN places_fixed_by VARCHAR(128);

-- Every race written before this version had its places given by its writer: they stay fixed.
UPDATE race SET places_fixed_by = 'before V2' WHERE places_paid IS NOT NULL;

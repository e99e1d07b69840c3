-- Counts the changes of an event's book (its prices), so that a node may keep the book it last
-- wrote in memory and know, from the event row it locks anyway, whether anyone wrote since.
ALTER TABLE sport_event ADD COLUMN book_version BIGINT NOT NULL DEFAULT 0;

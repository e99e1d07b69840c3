-- Current price of one outcome at one bookmaker, keyed by exactly that, so that a repeated feed
-- message updates its row instead of adding one.
CREATE TABLE price (
  event_id    VARCHAR(64)    NOT NULL,
  market      VARCHAR(32)    NOT NULL,
  outcome     VARCHAR(128)   NOT NULL,
  bookmaker   VARCHAR(64)    NOT NULL,
  sport_key   VARCHAR(64)    NOT NULL,
  price       NUMERIC(12, 4) NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT price_pk PRIMARY KEY (event_id, market, outcome, bookmaker)
);

-- "Current prices of a sport" is the snapshot every odds:{sport} subscriber asks for.
CREATE INDEX price_by_sport ON price (sport_key, event_id);

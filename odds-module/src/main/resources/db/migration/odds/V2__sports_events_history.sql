-- Sports and their events: what a price belongs to. A feed creates them as it first mentions them.
CREATE TABLE sport (
  sport_key      VARCHAR(64)  PRIMARY KEY,
  title          VARCHAR(128) NOT NULL,
  sport_group    VARCHAR(64)  NOT NULL,
  active         BOOLEAN      NOT NULL,
  has_outrights  BOOLEAN      NOT NULL
);

CREATE TABLE sport_event (
  event_id       VARCHAR(64)  PRIMARY KEY,
  sport_key      VARCHAR(64)  NOT NULL REFERENCES sport (sport_key),
  commence_time  TIMESTAMP WITH TIME ZONE NOT NULL,
  home_team      VARCHAR(128) NOT NULL,
  away_team      VARCHAR(128) NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- "Live and upcoming events of a sport" is what REST readers and snapshots ask for.
CREATE INDEX sport_event_by_sport ON sport_event (sport_key, status, commence_time);

-- The line of spreads and totals (null for head to head), and the bookmaker's own time of the price,
-- which orders updates that arrive out of order.
ALTER TABLE price ADD COLUMN point NUMERIC(8, 2);
ALTER TABLE price ADD COLUMN last_update TIMESTAMP WITH TIME ZONE;
UPDATE price SET last_update = updated_at;
ALTER TABLE price ALTER COLUMN last_update SET NOT NULL;

-- Every change of a price (and the price it replaced), with when we took it in, the bookmaker's time and the feed it came from.
CREATE TABLE price_history (
  change_id     VARCHAR(36)    PRIMARY KEY,
  event_id      VARCHAR(64)    NOT NULL,
  market        VARCHAR(32)    NOT NULL,
  outcome       VARCHAR(128)   NOT NULL,
  bookmaker     VARCHAR(64)    NOT NULL,
  point         NUMERIC(8, 2),
  price         NUMERIC(12, 4) NOT NULL,
  previous_price NUMERIC(12, 4),
  last_update   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  source        VARCHAR(32)    NOT NULL
);

-- "History of an event between two times", and the retention purge by age.
CREATE INDEX price_history_by_event ON price_history (event_id, recorded_at);
CREATE INDEX price_history_by_age ON price_history (recorded_at);

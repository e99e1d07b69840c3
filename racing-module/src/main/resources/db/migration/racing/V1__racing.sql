-- The racing context: meetings, their races and runners, prices over time, tote pools, results,
-- news and who follows what. Ids are the writers' own (a feed's meeting and race ids): no
-- generated keys, so that the same card written twice finds its rows.

CREATE TABLE meeting (
  meeting_id      VARCHAR(64)  PRIMARY KEY,
  course          VARCHAR(64)  NOT NULL,
  race_date       DATE         NOT NULL,
  country         VARCHAR(2)   NOT NULL,
  going           VARCHAR(32),
  tote_convention VARCHAR(8)   NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- "Meetings of a day" is the readers' first question.
CREATE INDEX meeting_by_date ON meeting (race_date, course);

CREATE TABLE race (
  race_id         VARCHAR(64)  PRIMARY KEY,
  meeting_id      VARCHAR(64)  NOT NULL REFERENCES meeting (meeting_id),
  race_number     INTEGER      NOT NULL,
  name            VARCHAR(128) NOT NULL,
  off_time        TIMESTAMP WITH TIME ZONE NOT NULL,
  distance_metres INTEGER      NOT NULL,
  race_class      VARCHAR(32),
  places_paid     INTEGER      NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  status_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  -- 0 until a result is declared; each amendment adds a version (the older ones are kept).
  result_version  INTEGER      NOT NULL,
  CONSTRAINT race_number_in_meeting UNIQUE (meeting_id, race_number)
);

-- Every move of a race, in order, with the feed that made it.
CREATE TABLE race_status_change (
  change_id       VARCHAR(36)  PRIMARY KEY,
  race_id         VARCHAR(64)  NOT NULL REFERENCES race (race_id),
  from_status     VARCHAR(20),
  to_status       VARCHAR(20)  NOT NULL,
  changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  source          VARCHAR(32)  NOT NULL
);

CREATE INDEX race_status_change_by_race ON race_status_change (race_id, changed_at);

-- A runner is its cloth number in its race. The current price is kept on the row (the card reads
-- it); every price ever quoted is in runner_price.
CREATE TABLE runner (
  race_id             VARCHAR(64)  NOT NULL REFERENCES race (race_id),
  cloth_number        INTEGER      NOT NULL,
  horse               VARCHAR(64)  NOT NULL,
  jockey              VARCHAR(64),
  trainer             VARCHAR(64),
  draw                INTEGER,
  weight_lbs          INTEGER,
  status              VARCHAR(16)  NOT NULL,
  price               NUMERIC(10, 4),
  price_at            TIMESTAMP WITH TIME ZONE,
  starting_price      NUMERIC(10, 4),
  withdrawn_at        TIMESTAMP WITH TIME ZONE,
  withdrawal_price    NUMERIC(10, 4),
  rule4_deduction     NUMERIC(4, 2),
  reduction_factor    NUMERIC(5, 2),
  CONSTRAINT runner_pk PRIMARY KEY (race_id, cloth_number)
);

CREATE TABLE runner_price (
  price_id        VARCHAR(36)    PRIMARY KEY,
  race_id         VARCHAR(64)    NOT NULL,
  cloth_number    INTEGER        NOT NULL,
  price           NUMERIC(10, 4) NOT NULL,
  previous_price  NUMERIC(10, 4),
  quoted          VARCHAR(16)    NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  source          VARCHAR(32)    NOT NULL,
  CONSTRAINT runner_price_runner FOREIGN KEY (race_id, cloth_number)
    REFERENCES runner (race_id, cloth_number)
);

-- "A runner's price history" and the race's recent moves.
CREATE INDEX runner_price_by_runner ON runner_price (race_id, cloth_number, recorded_at);

-- Win and place pools: the gross total and the stakes on each runner, as the tote last sent them.
CREATE TABLE tote_pool (
  race_id     VARCHAR(64)    NOT NULL REFERENCES race (race_id),
  pool        VARCHAR(8)     NOT NULL,
  total       NUMERIC(14, 2) NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT tote_pool_pk PRIMARY KEY (race_id, pool)
);

CREATE TABLE tote_stake (
  race_id       VARCHAR(64)    NOT NULL,
  pool          VARCHAR(8)     NOT NULL,
  cloth_number  INTEGER        NOT NULL,
  stake         NUMERIC(14, 2) NOT NULL,
  CONSTRAINT tote_stake_pk PRIMARY KEY (race_id, pool, cloth_number),
  CONSTRAINT tote_stake_pool FOREIGN KEY (race_id, pool) REFERENCES tote_pool (race_id, pool)
);

-- The placings of each version of a race's result; an amendment writes a new version. Dividends
-- are filled in when the result is weighed in.
CREATE TABLE result_placing (
  race_id         VARCHAR(64)    NOT NULL REFERENCES race (race_id),
  result_version  INTEGER        NOT NULL,
  cloth_number    INTEGER        NOT NULL,
  finish_position INTEGER        NOT NULL,
  distance        VARCHAR(16),
  declared_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  win_dividend    NUMERIC(10, 2),
  place_dividend  NUMERIC(10, 2),
  CONSTRAINT placing_pk PRIMARY KEY (race_id, result_version, cloth_number)
);

CREATE TABLE news_item (
  news_id       VARCHAR(36)   PRIMARY KEY,
  meeting_id    VARCHAR(64)   REFERENCES meeting (meeting_id),
  race_id       VARCHAR(64)   REFERENCES race (race_id),
  headline      VARCHAR(200)  NOT NULL,
  body          VARCHAR(4000) NOT NULL,
  author        VARCHAR(128)  NOT NULL,
  published_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX news_item_by_time ON news_item (published_at);
CREATE INDEX news_item_by_meeting ON news_item (meeting_id, published_at);

-- A user (JWT subject) following a race (cloth_number 0) or one runner in it.
CREATE TABLE follow (
  subject       VARCHAR(128)  NOT NULL,
  race_id       VARCHAR(64)   NOT NULL REFERENCES race (race_id),
  cloth_number  INTEGER       NOT NULL,
  followed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT follow_pk PRIMARY KEY (subject, race_id, cloth_number)
);

CREATE INDEX follow_by_race ON follow (race_id);

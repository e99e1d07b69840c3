-- Competitions by their football-data.org code, with the rules their tables are computed by.
CREATE TABLE competition (
  competition_code VARCHAR(16)  PRIMARY KEY,
  name             VARCHAR(128) NOT NULL,
  points_win       INTEGER      NOT NULL,
  points_draw      INTEGER      NOT NULL,
  points_loss      INTEGER      NOT NULL,
  tie_break        VARCHAR(32)  NOT NULL,
  current_season   VARCHAR(32)
);

-- A season's id is "{competition}:{label}", e.g. "PL:2022-23".
CREATE TABLE season (
  season_id        VARCHAR(32)  PRIMARY KEY,
  competition_code VARCHAR(16)  NOT NULL REFERENCES competition (competition_code),
  label            VARCHAR(16)  NOT NULL
);

-- Teams keyed by the slug of their name.
CREATE TABLE team (
  team_id    VARCHAR(64)  PRIMARY KEY,
  name       VARCHAR(128) NOT NULL,
  short_name VARCHAR(64)
);

-- Matches. Score columns are written from the match's events only; phase is the lifecycle's own
-- finer state, status the football-data.org vocabulary derived from it.
CREATE TABLE football_match (
  match_id           VARCHAR(64) PRIMARY KEY,
  competition_code   VARCHAR(16) NOT NULL REFERENCES competition (competition_code),
  season_id          VARCHAR(32) NOT NULL REFERENCES season (season_id),
  matchday           INTEGER,
  kickoff            TIMESTAMP WITH TIME ZONE,
  home_team_id       VARCHAR(64) NOT NULL REFERENCES team (team_id),
  away_team_id       VARCHAR(64) NOT NULL REFERENCES team (team_id),
  status             VARCHAR(16) NOT NULL,
  phase              VARCHAR(32) NOT NULL,
  suspended_from     VARCHAR(32),
  played_to          VARCHAR(32) NOT NULL,
  match_minute       INTEGER,
  stoppage           INTEGER,
  period_started_at  TIMESTAMP WITH TIME ZONE,
  went_to_extra_time BOOLEAN     NOT NULL,
  went_to_penalties  BOOLEAN     NOT NULL,
  home_goals         INTEGER,
  away_goals         INTEGER,
  ht_home            INTEGER,
  ht_away            INTEGER,
  ft_home            INTEGER,
  ft_away            INTEGER,
  et_home            INTEGER,
  et_away            INTEGER,
  pen_home           INTEGER,
  pen_away           INTEGER,
  winner             VARCHAR(16),
  source             VARCHAR(32) NOT NULL,
  event_count        INTEGER     NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- "Live matches" and "matches of a season" are what readers, snapshots and tables ask for.
CREATE INDEX football_match_by_status ON football_match (status, competition_code, kickoff);
CREATE INDEX football_match_by_season ON football_match (season_id, kickoff);

-- What happened in a match, in recorded order (seq) and the phase it happened in.
CREATE TABLE match_event (
  event_id       VARCHAR(36)  PRIMARY KEY,
  match_id       VARCHAR(64)  NOT NULL REFERENCES football_match (match_id),
  seq            INTEGER      NOT NULL,
  event_type     VARCHAR(16)  NOT NULL,
  side           VARCHAR(8)   NOT NULL,
  phase          VARCHAR(32)  NOT NULL,
  match_minute   INTEGER,
  stoppage       INTEGER,
  player         VARCHAR(128),
  related_player VARCHAR(128),
  detail         VARCHAR(64),
  refers_to      VARCHAR(36),
  source         VARCHAR(32)  NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  corrected_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT match_event_order UNIQUE (match_id, seq)
);

-- A team's statistics in a match; cards are counted from the events instead.
CREATE TABLE match_statistics (
  match_id        VARCHAR(64) NOT NULL REFERENCES football_match (match_id),
  side            VARCHAR(8)  NOT NULL,
  possession      INTEGER,
  shots           INTEGER,
  shots_on_target INTEGER,
  corners         INTEGER,
  fouls           INTEGER,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT match_statistics_pk PRIMARY KEY (match_id, side)
);

-- Every command applied to a match: who, when, what. The key makes a repeated command (same client
-- id) recognisable, so it is applied once.
CREATE TABLE match_command (
  match_id    VARCHAR(64)   NOT NULL REFERENCES football_match (match_id),
  client_id   VARCHAR(64)   NOT NULL,
  command     VARCHAR(16)   NOT NULL,
  issued_by   VARCHAR(128)  NOT NULL,
  roles       VARCHAR(256)  NOT NULL,
  payload     VARCHAR(4000) NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
  phase_after VARCHAR(32)   NOT NULL,
  event_id    VARCHAR(36),
  CONSTRAINT match_command_pk PRIMARY KEY (match_id, client_id)
);

-- Which referee (token subject) controls which match.
CREATE TABLE referee_assignment (
  match_id    VARCHAR(64)  NOT NULL REFERENCES football_match (match_id),
  referee     VARCHAR(128) NOT NULL,
  assigned_by VARCHAR(128) NOT NULL,
  assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT referee_assignment_pk PRIMARY KEY (match_id, referee)
);

CREATE TABLE points_deduction (
  deduction_id VARCHAR(36)  PRIMARY KEY,
  season_id    VARCHAR(32)  NOT NULL REFERENCES season (season_id),
  team_name    VARCHAR(128) NOT NULL,
  points       INTEGER      NOT NULL,
  reason       VARCHAR(256) NOT NULL,
  decided_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A season's official table (decided matches only) as last computed, one row per position.
CREATE TABLE standing (
  season_id       VARCHAR(32)  NOT NULL REFERENCES season (season_id),
  table_type      VARCHAR(8)   NOT NULL,
  position        INTEGER      NOT NULL,
  team_name       VARCHAR(128) NOT NULL,
  played          INTEGER      NOT NULL,
  won             INTEGER      NOT NULL,
  drawn           INTEGER      NOT NULL,
  lost            INTEGER      NOT NULL,
  goals_for       INTEGER      NOT NULL,
  goals_against   INTEGER      NOT NULL,
  points          INTEGER      NOT NULL,
  points_deducted INTEGER      NOT NULL,
  form            VARCHAR(8)   NOT NULL,
  computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT standing_pk PRIMARY KEY (season_id, table_type, position)
);

-- How each feed's synchronisation stands, for every node and the data quality report.
CREATE TABLE feed_sync (
  feed                 VARCHAR(32)  PRIMARY KEY,
  state                VARCHAR(16)  NOT NULL,
  last_attempt         TIMESTAMP WITH TIME ZONE,
  last_success         TIMESTAMP WITH TIME ZONE,
  last_error           VARCHAR(500),
  consecutive_failures INTEGER      NOT NULL,
  matches_updated      BIGINT       NOT NULL
);

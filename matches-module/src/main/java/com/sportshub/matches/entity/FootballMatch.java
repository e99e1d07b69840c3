package com.sportshub.matches.entity;

import com.sportshub.matches.commands.MatchFixture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A football match: who plays whom, when, where it stands, and its score. The score columns are
 * written only from the match's events ({@link #score(Score, Winner)} takes what the score board
 * counted), so they never say something the events do not.
 */
@Entity
@Table(name = "football_match", schema = "matches")
@NamedQuery(
    name = FootballMatch.WITH_STATUS,
    query =
        "select m from FootballMatch m where m.status in :statuses"
            + " order by m.competition, m.kickoff, m.id")
@NamedQuery(
    name = FootballMatch.OF_SEASON,
    query = "select m from FootballMatch m where m.season = :season order by m.kickoff, m.id")
@NamedQuery(
    name = FootballMatch.OF_COMPETITION,
    query =
        "select m from FootballMatch m where m.competition = :competition"
            + " order by m.kickoff, m.id")
@NamedQuery(
    name = FootballMatch.AUDITED,
    query =
        "select m from FootballMatch m where m.status in :live or m.kickoff is null"
            + " or (m.kickoff >= :from and m.kickoff < :to) order by m.kickoff, m.id")
public class FootballMatch {

  public static final String WITH_STATUS = "FootballMatch.withStatus";
  public static final String OF_SEASON = "FootballMatch.ofSeason";
  public static final String OF_COMPETITION = "FootballMatch.ofCompetition";
  public static final String AUDITED = "FootballMatch.audited";

  @Id
  @Column(name = "match_id")
  private String id;

  @Column(name = "competition_code", nullable = false)
  private String competition;

  @Column(name = "season_id", nullable = false)
  private String season;

  private Integer matchday;

  private OffsetDateTime kickoff;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "home_team_id")
  private Team homeTeam;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "away_team_id")
  private Team awayTeam;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MatchStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MatchPhase phase;

  @Enumerated(EnumType.STRING)
  @Column(name = "suspended_from")
  private MatchPhase suspendedFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "played_to", nullable = false)
  private MatchPhase playedTo;

  // "minute" is a reserved word of H2, the run command's fallback database.
  @Column(name = "match_minute")
  private Integer minute;

  private Integer stoppage;

  @Column(name = "period_started_at")
  private OffsetDateTime periodStartedAt;

  @Column(name = "went_to_extra_time", nullable = false)
  private boolean wentToExtraTime;

  @Column(name = "went_to_penalties", nullable = false)
  private boolean wentToPenalties;

  @Column(name = "home_goals")
  private Integer homeGoals;

  @Column(name = "away_goals")
  private Integer awayGoals;

  @Column(name = "ht_home")
  private Integer halfTimeHome;

  @Column(name = "ht_away")
  private Integer halfTimeAway;

  @Column(name = "ft_home")
  private Integer fullTimeHome;

  @Column(name = "ft_away")
  private Integer fullTimeAway;

  @Column(name = "et_home")
  private Integer extraTimeHome;

  @Column(name = "et_away")
  private Integer extraTimeAway;

  @Column(name = "pen_home")
  private Integer penaltiesHome;

  @Column(name = "pen_away")
  private Integer penaltiesAway;

  @Enumerated(EnumType.STRING)
  private Winner winner;

  @Column(nullable = false)
  private String source;

  @Column(name = "event_count", nullable = false)
  private int eventCount;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected FootballMatch() {}

  public FootballMatch(MatchFixture fixture, Team home, Team away, String source, Instant now) {
    this.id = fixture.matchId();
    this.competition = fixture.competition();
    this.season = Season.idOf(fixture.competition(), fixture.season());
    this.matchday = fixture.matchday();
    this.kickoff = utc(fixture.kickoff());
    this.homeTeam = home;
    this.awayTeam = away;
    this.source = source;
    this.phase = MatchPhase.PRE_MATCH;
    this.playedTo = MatchPhase.PRE_MATCH;
    this.status = phase.status(kickoff != null);
    this.updatedAt = utc(now);
  }

  /**
   * Moves to the phase. Entering a half starts its clock; entering extra time or the shoot-out is
   * remembered; a suspension remembers where play stood, for resuming.
   */
  public void moveTo(MatchPhase next, Instant now) {
    if (next == MatchPhase.SUSPENDED && phase != MatchPhase.SUSPENDED) {
      suspendedFrom = phase;
    } else if (next != MatchPhase.SUSPENDED) {
      suspendedFrom = null;
    }
    if (next.ballInPlay() && next != phase) {
      periodStartedAt = utc(now);
    }
    if (next.progress() && next.reached(playedTo)) {
      playedTo = next;
    }
    wentToExtraTime |= next == MatchPhase.EXTRA_TIME_FIRST_HALF;
    wentToPenalties |= next == MatchPhase.PENALTY_SHOOTOUT;
    phase = next;
    status = next.status(kickoff != null);
    touch(now);
  }

  /** A new kick-off time, or null when it is not known. */
  public void reschedule(Instant newKickoff, Instant now) {
    kickoff = utc(newKickoff);
    status = phase.status(kickoff != null);
    touch(now);
  }

  /** Writes what the score board counted and, for a decided match, who won. */
  public void score(Score score, Winner decided) {
    homeGoals = score.current() == null ? null : score.current().home();
    awayGoals = score.current() == null ? null : score.current().away();
    halfTimeHome = score.halfTime() == null ? null : score.halfTime().home();
    halfTimeAway = score.halfTime() == null ? null : score.halfTime().away();
    fullTimeHome = score.fullTime() == null ? null : score.fullTime().home();
    fullTimeAway = score.fullTime() == null ? null : score.fullTime().away();
    extraTimeHome = score.extraTime() == null ? null : score.extraTime().home();
    extraTimeAway = score.extraTime() == null ? null : score.extraTime().away();
    penaltiesHome = score.penalties() == null ? null : score.penalties().home();
    penaltiesAway = score.penalties() == null ? null : score.penalties().away();
    winner = decided;
  }

  /** A feed reports that extra time was played (it may never have shown the match in it). */
  public void playedExtraTime() {
    wentToExtraTime = true;
  }

  /** A feed reports that a shoot-out was held. */
  public void playedPenalties() {
    wentToPenalties = true;
  }

  /** Records the side a result was awarded to, before the match moves to AWARDED. */
  public void award(Winner awardedTo) {
    winner = awardedTo;
  }

  /** The match minute as last known (and the added minutes beyond the period's end). */
  public void clock(Integer newMinute, Integer newStoppage) {
    minute = newMinute;
    stoppage = newStoppage;
  }

  /** The sequence number the next event gets. */
  public int nextEventSeq() {
    return ++eventCount;
  }

  public void touch(Instant now) {
    updatedAt = utc(now);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public String competition() {
    return competition;
  }

  public String season() {
    return season;
  }

  public Integer matchday() {
    return matchday;
  }

  public Instant kickoff() {
    return kickoff == null ? null : kickoff.toInstant();
  }

  public Team homeTeam() {
    return homeTeam;
  }

  public Team awayTeam() {
    return awayTeam;
  }

  public Team team(Side side) {
    return side == Side.HOME ? homeTeam : awayTeam;
  }

  public MatchStatus status() {
    return status;
  }

  public MatchPhase phase() {
    return phase;
  }

  /** The phase play stood in when the match was suspended; null unless suspended. */
  public MatchPhase suspendedFrom() {
    return suspendedFrom;
  }

  /**
   * How far play got: the furthest phase of the match's progress reached, whatever interrupted it
   * since (a suspension, an award).
   */
  public MatchPhase progress() {
    return playedTo;
  }

  public Integer minute() {
    return minute;
  }

  public Integer stoppage() {
    return stoppage;
  }

  public Instant periodStartedAt() {
    return periodStartedAt == null ? null : periodStartedAt.toInstant();
  }

  public boolean wentToExtraTime() {
    return wentToExtraTime;
  }

  public boolean wentToPenalties() {
    return wentToPenalties;
  }

  public Score score() {
    return new Score(
        goals(homeGoals, awayGoals),
        goals(halfTimeHome, halfTimeAway),
        goals(fullTimeHome, fullTimeAway),
        goals(extraTimeHome, extraTimeAway),
        goals(penaltiesHome, penaltiesAway));
  }

  private static Goals goals(Integer home, Integer away) {
    return home == null || away == null ? null : new Goals(home, away);
  }

  public Winner winner() {
    return winner;
  }

  public String source() {
    return source;
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }
}

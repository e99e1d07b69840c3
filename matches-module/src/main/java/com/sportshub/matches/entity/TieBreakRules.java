package com.sportshub.matches.entity;

/**
 * How a competition orders teams that are level on points, chosen per competition. Each constant
 * documents its order and the regulation it follows. Criteria a table cannot know (play-offs, fair
 * play, disciplinary points, club coefficients) are stood in for by the team name in alphabetical
 * order, so that every table still has one row per position.
 *
 * <p>Home and away tables use points, goal difference and goals scored, then the name, under every
 * rule set: a head-to-head mini-league means nothing there, because each team's home record holds
 * only one of the two matches of a pairing.
 */
public enum TieBreakRules {

  /**
   * Premier League: points, goal difference, goals scored; then, among the teams still level, the
   * points from the matches between them, then the goals they scored away from home in those
   * matches; then the name (stand-in for the play-off the league would arrange). Head-to-head is
   * one mini-league of all teams still level, not re-applied to subsets. Source: Premier League
   * Handbook, Section C (the league competition); head-to-head criteria added from 2019/20.
   */
  PREMIER_LEAGUE,

  /**
   * LaLiga: points; then a mini-league of the matches among all teams level on points, ranked by
   * its points and then its goal difference (for two teams this is the goal difference of their two
   * matches, as the rule for two clubs reads); then overall goal difference, overall goals scored;
   * then the name (stand-in for the fair-play table). The mini-league is computed once among all
   * teams level on points and not re-applied to the teams it leaves level. Source: RFEF General
   * Regulations (Reglamento General), Article 201.
   */
  LA_LIGA,

  /**
   * UEFA club competition group stage: points; then among the teams level, head-to-head points,
   * head-to-head goal difference and head-to-head goals scored; if that leaves some teams level,
   * the same three criteria re-applied to the matches among just those teams, as often as it still
   * separates; then overall goal difference, goals scored, away goals scored, wins, away wins; then
   * the name (stand-in for disciplinary points and the club coefficient). Head-to-head away goals
   * are not a criterion: UEFA dropped them with the away goals rule from 2021/22; away goals over
   * all group matches remained. Source: UEFA Champions League Regulations 2021-24 cycle (2023/24
   * edition, the last with a group stage), Article 17.01 (a) to (k).
   */
  UEFA_GROUP_STAGE
}

/**
 * Where matches come from other than the referees: pollers of an ESPN-style scoreboard ({@link
 * com.sportshub.matches.control.feed.EspnScoreboard}) and of football-data.org v4 ({@link
 * com.sportshub.matches.control.feed.FootballDataMatches}), paced by {@link
 * com.sportshub.matches.control.feed.PollPacing}, and the openfootball season files of the import
 * ({@link com.sportshub.matches.control.feed.OpenfootballFixtures}). All read into {@link
 * com.sportshub.matches.control.feed.FeedMatch}; {@link
 * com.sportshub.matches.control.feed.ScoreReconciler} turns a fed score into the goal and VAR
 * events that count it, because a score changes only through events, whoever reports it.
 */
package com.sportshub.matches.control.feed;

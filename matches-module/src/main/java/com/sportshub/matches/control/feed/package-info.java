/**
 * Where matches come from other than the referees: pollers of an ESPN-style scoreboard ({@link
 * com.sportshub.matches.control.feed.EspnScoreboard}) and of football-data.org v4 ({@link
 * com.sportshub.matches.control.feed.FootballDataMatches}), paced by {@link
 * com.sportshub.matches.control.feed.PollPacing}, and the openfootball season files of the import
 * ({@link com.sportshub.matches.control.feed.OpenfootballFixtures}). All read into {@link
 * com.sportshub.matches.control.feed.FeedMatch}; {@link
 * com.sportshub.matches.control.feed.ScoreReconciler} turns a fed score into the goal and VAR
 * events that count it, because a score changes only through events, whoever reports it, and {@link
 * com.sportshub.matches.control.feed.FeedMerge} stores what a feed or the import read. The merge
 * sits here rather than in {@code control} so that the two packages do not need each other: this
 * one uses control's stores, control knows nothing of feeds.
 */
package com.sportshub.matches.control.feed;

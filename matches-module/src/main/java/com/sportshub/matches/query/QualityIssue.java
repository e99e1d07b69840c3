package com.sportshub.matches.query;

/**
 * One finding of the data quality report: {@code kind} stale_live_match,
 * score_disagrees_with_events, missing_kickoff or feed_error; the match or feed concerned; what is
 * wrong.
 */
public record QualityIssue(String kind, String matchId, String feed, String detail) {}

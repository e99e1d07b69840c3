package com.sportshub.matches.events;

import com.sportshub.matches.query.MatchEventView;
import com.sportshub.matches.query.MatchView;
import com.sportshub.matches.query.StatisticsView;
import java.time.Instant;
import java.util.UUID;

/**
 * A match changed: {@code change} says how, {@code match} is the match as it now stands, {@code
 * event} the event added or corrected (else null), {@code statistics} the statistics when they
 * changed (else null). Fired once per committed change, in the match's commit order.
 *
 * @param liveListChanged the match is or was live, so the list of live matches may have changed
 * @param tableChanged the current table of the match's competition may have changed
 */
public record MatchChanged(
    UUID changeId,
    MatchChange change,
    MatchView match,
    MatchEventView event,
    StatisticsView statistics,
    boolean liveListChanged,
    boolean tableChanged,
    Instant occurredAt) {}

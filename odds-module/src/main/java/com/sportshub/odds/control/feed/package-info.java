/**
 * Where odds come from, other than a push over REST: the reader of The Odds API v4 messages ({@link
 * com.sportshub.odds.control.feed.OddsApiFormat}, used by the push endpoint too) and a poller of a
 * compatible server ({@link com.sportshub.odds.control.feed.OddsApiClient}, paced per sport by a
 * {@link com.sportshub.odds.control.feed.PollSchedule}), both an {@link
 * com.sportshub.odds.control.feed.OddsSource}. The simulator lives in {@code control.simulator};
 * the boundary's {@code OddsSources} picks the one the publisher runs. Time is always passed in, so
 * all are tested without waiting.
 */
package com.sportshub.odds.control.feed;

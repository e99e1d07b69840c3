/**
 * Where odds come from, other than a push over REST: the reader of The Odds API v4 messages ({@link
 * com.sportshub.odds.control.feed.OddsApiFormat}, used by the push endpoint too), a poller of a
 * compatible server ({@link com.sportshub.odds.control.feed.OddsApiClient}, paced per sport by a
 * {@link com.sportshub.odds.control.feed.PollSchedule}) and a simulator ({@link
 * com.sportshub.odds.control.feed.PriceWalk}). {@link com.sportshub.odds.control.feed.OddsSources}
 * picks the one the publisher runs. Time is always passed in, so all are tested without waiting.
 */
package com.sportshub.odds.control.feed;

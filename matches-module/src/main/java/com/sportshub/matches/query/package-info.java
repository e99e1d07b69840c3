/**
 * The published queries of the matches context: an interface ({@link
 * com.sportshub.matches.query.MatchQueries}, implemented by the boundary), read-only records, and
 * their one JSON form ({@link com.sportshub.matches.query.MatchJson}).
 *
 * <p>The JSON lives here rather than in the WebSocket relay (as odds keeps its own there) because
 * REST answers, snapshots and updates must be the same shape, and the REST layer may not import the
 * relay: both import this package instead.
 */
package com.sportshub.matches.query;

/**
 * The only entry to the matches context: facades that start transactions, change matches and fire
 * the published events after the change; the migration of the matches schema; the feeds' and the
 * simulator's timers; the openfootball import.
 *
 * <p>Every change of a match runs in its own transaction while this node holds the match's lock
 * ({@link com.sportshub.matches.boundary.MatchLocks}), so that its publications leave in commit
 * order. {@link com.sportshub.matches.boundary.MatchControl} is the command port (referees, admins,
 * the simulator), {@link com.sportshub.matches.boundary.MatchReader} the query port.
 */
package com.sportshub.matches.boundary;

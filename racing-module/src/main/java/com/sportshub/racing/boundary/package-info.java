/**
 * The only entry to the racing context. {@link com.sportshub.racing.boundary.RaceFeed} takes every
 * write of a race card, its markets, its progress and its result, in order per race, and hands each
 * to a transactional facade that changes the state and then fires the published events; {@link
 * com.sportshub.racing.boundary.RacingNews} and {@link com.sportshub.racing.boundary.Follows} serve
 * the newsroom and the users; {@link com.sportshub.racing.boundary.RacingReader} answers the
 * published queries. Also here: the migration of the racing schema and the race-day simulator.
 */
package com.sportshub.racing.boundary;

/**
 * The published queries of the racing context: an interface and read-only value records. The
 * WebSocket layer may import this package (for snapshots) and {@code events}, nothing else. States
 * travel as names (strings): the enums stay inside the context.
 *
 * <p>{@link com.sportshub.racing.query.RaceJson} is the context's one JSON renderer of a race, used
 * by REST and by the socket's snapshots and deltas, so that both say the same thing; the REST
 * reader's choice of price notation reaches it as a {@link com.sportshub.racing.query.PriceShown}.
 */
package com.sportshub.racing.query;

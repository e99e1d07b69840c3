/**
 * The published queries of the odds context: an interface and read-only value records. The
 * WebSocket layer may import this package (for snapshots) and {@code events}, nothing else.
 *
 * <p>{@link com.sportshub.odds.query.OddsJson} is the context's one JSON renderer of odds, used by
 * REST and by the socket's snapshots and deltas, so that both say the same thing; the REST reader's
 * choice of price format reaches it as a {@link com.sportshub.odds.query.PriceShown}.
 */
package com.sportshub.odds.query;

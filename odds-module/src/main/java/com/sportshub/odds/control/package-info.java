/**
 * Odds rules and stores: plain logic and EntityManager access behind the boundary. Nothing here
 * fires events or is called from outside the context.
 *
 * <p>Here: the stores ({@link com.sportshub.odds.control.EventStore}, {@link
 * com.sportshub.odds.control.PriceStore}), what a feed's event does to the one held ({@link
 * com.sportshub.odds.control.FeedEvents}), how a feed message changes a book ({@link
 * com.sportshub.odds.control.BookMerge}, {@link com.sportshub.odds.control.BatchBooks} for a whole
 * batch) and the consensus of an event ({@link com.sportshub.odds.control.EventConsensus}). The
 * pricing maths lives in {@code control.pricing}, the feeds (parser, poller, simulator) in {@code
 * control.feed}.
 */
package com.sportshub.odds.control;

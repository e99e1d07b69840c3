/**
 * Odds rules and stores: plain logic and EntityManager access behind the boundary. Nothing here
 * fires events or is called from outside the context.
 *
 * <p>Also the two feed sources, plain Java that boundary timers drive: {@link
 * com.sportshub.odds.control.OddsApiClient} polls a The Odds API v4 compatible server, paced by a
 * {@link com.sportshub.odds.control.PollSchedule} per sport; {@link
 * com.sportshub.odds.control.PriceWalk} simulates prices when there is no server to poll. Time is
 * always passed in, so both are tested without waiting.
 */
package com.sportshub.odds.control;

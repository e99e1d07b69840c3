/**
 * The odds simulator's plain parts, laid out as the other contexts' simulators are ({@code
 * control.simulator} plus a boundary that runs it): sports, events, markets and bookmakers ({@link
 * com.sportshub.odds.control.simulator.SimulatedSport} and its parts) whose prices walk at random
 * ({@link com.sportshub.odds.control.simulator.PriceWalk}), seeded so a test can replay them, and
 * the {@link com.sportshub.odds.control.feed.OddsSource} the publisher runs ({@link
 * com.sportshub.odds.control.simulator.SimulatedOdds}). The boundary's {@code OddsPublisher} runs
 * it like any feed.
 */
package com.sportshub.odds.control.simulator;

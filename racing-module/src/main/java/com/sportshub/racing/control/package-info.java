/**
 * Racing rules in plain Java, callable without a container: the race lifecycle, tote dividends and
 * takeouts, the places paid by runners, dead heats, Rule 4 deductions and exchange reduction
 * factors, price notations, non-runner terms, a meeting's progress and the checks every draft
 * passes. Each cites the public rule it follows, so a disputed number can be checked against its
 * source.
 *
 * <p>Also here, behind the boundary: the stores over the {@code racing} persistence unit (one per
 * aggregate: meetings, races with their state history, runners with their prices, pools, results,
 * news, follows) and the assembly of the published views ({@link
 * com.sportshub.racing.control.RaceCards}, {@link com.sportshub.racing.control.RaceResults}).
 * Nothing here fires events. The simulator's plain parts live in {@code control.simulator}.
 */
package com.sportshub.racing.control;

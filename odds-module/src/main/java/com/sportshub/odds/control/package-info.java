/**
 * Odds rules and stores: plain logic and EntityManager access behind the boundary. Nothing here
 * fires events or is called from outside the context.
 *
 * <p>The pricing maths is here too, in plain Java so tests call it directly: price formats ({@link
 * com.sportshub.odds.control.PriceFormat}), overround and margin removal ({@link
 * com.sportshub.odds.control.MarginMethod}), the consensus across bookmakers ({@link
 * com.sportshub.odds.control.Consensus}) and steam ({@link
 * com.sportshub.odds.control.SteamDetector}). Prices are decimal BigDecimals where people see them;
 * probabilities are doubles.
 */
package com.sportshub.odds.control;

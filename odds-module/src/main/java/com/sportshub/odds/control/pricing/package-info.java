/**
 * The pricing maths, plain Java that tests call directly: price formats ({@link
 * com.sportshub.odds.control.pricing.PriceFormat}), overround and margin removal ({@link
 * com.sportshub.odds.control.pricing.MarginMethod}), the consensus across bookmakers ({@link
 * com.sportshub.odds.control.pricing.Consensus}) and steam ({@link
 * com.sportshub.odds.control.pricing.SteamDetector}). Prices are decimal BigDecimals where people
 * see them; probabilities are doubles. Each formula's test cites where its numbers come from.
 */
package com.sportshub.odds.control.pricing;

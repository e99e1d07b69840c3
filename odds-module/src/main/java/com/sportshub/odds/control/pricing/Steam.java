package com.sportshub.odds.control.pricing;

/**
 * Steam on one outcome.
 *
 * @param direction the way the qualifying bookmakers moved
 * @param bookmakers how many bookmakers moved that way by at least the rule's threshold
 */
public record Steam(SteamDirection direction, int bookmakers) {}

package com.sportshub.racing.commands;

/**
 * A fixed-odds price for one runner as a feed quoted it: {@code price} in any notation ("5/2",
 * "3.5", "+250", "evens"); {@code notation} names it, or null to tell from the text.
 */
public record PriceQuote(int cloth, String price, String notation) {}

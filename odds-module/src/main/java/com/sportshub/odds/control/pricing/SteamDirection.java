package com.sportshub.odds.control.pricing;

/** Which way a price moves. */
public enum SteamDirection {
  /** Implied probability up, price down: money is coming in. */
  SHORTENING,
  /** Implied probability down, price up. */
  DRIFTING
}

package com.sportshub.web.security;

/** The roles a token's {@code groups} claim may grant. */
public final class Roles {

  /** Operates the hub: every write, feeds and publishers. */
  public static final String ADMIN = "admin";

  /** A data feed or newsroom: writes odds, race cards, results and news. */
  public static final String PUBLISHER = "publisher";

  /** Controls the matches assigned to them. */
  public static final String REFEREE = "referee";

  private Roles() {}
}

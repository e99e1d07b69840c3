package com.sportshub.racing.control;

import java.math.BigInteger;

/**
 * What one finisher holds of the places paid: {@code places} of them (those its dead heat covers)
 * shared between {@code sharing} horses, so {@code places / sharing} of a place. A horse alone in a
 * paid place holds 1/1; two dead-heating for the last place paid hold 1/2 each; two dead-heating
 * for second of three hold 2/2 (second and third between them); outside the places, 0.
 *
 * <p>It is the fraction of the stake that the UK bookmakers' dead-heat rule settles at full odds
 * (the stake divided by the number of horses dead-heating, for the places left to them: two
 * dead-heating for third of three are each paid on half the stake), and the part of one place's
 * share of a tote pool that the horse's backers divide.
 */
public record PlaceShare(int places, int sharing) {

  /** A place held alone. */
  public static final PlaceShare WHOLE = new PlaceShare(1, 1);

  public PlaceShare {
    if (places < 0 || sharing < 1 || places > sharing) {
      throw new IllegalArgumentException("a share of " + places + " places between " + sharing);
    }
  }

  public boolean paid() {
    return places > 0;
  }

  /** The share as a fraction in lowest terms: "1", "1/2", "2/3", "0". */
  public String fraction() {
    if (places == 0) {
      return "0";
    }
    int gcd = BigInteger.valueOf(places).gcd(BigInteger.valueOf(sharing)).intValue();
    return sharing / gcd == 1 ? String.valueOf(places / gcd) : places / gcd + "/" + sharing / gcd;
  }
}

package com.sportshub.racing.control;

import com.sportshub.racing.entity.Meeting;
import com.sportshub.racing.entity.ToteConvention;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tote rules a meeting's pools are divided by: its convention, and the takeouts of {@code
 * hub.racing.tote.win-takeout} and {@code hub.racing.tote.place-takeout} (fractions of the gross
 * pool; 0.16 and 0.18 by default, within the range North American tracks deduct).
 */
@Dependent
public class ToteRules {

  @Inject
  @ConfigProperty(name = "hub.racing.tote.win-takeout", defaultValue = "0.16")
  BigDecimal winTakeout;

  @Inject
  @ConfigProperty(name = "hub.racing.tote.place-takeout", defaultValue = "0.18")
  BigDecimal placeTakeout;

  /**
   * The convention a country's totes use when a meeting names none: North American pari-mutuel in
   * the United States and Canada, the TABs' in Australia and New Zealand, Tote UK's elsewhere.
   */
  public static ToteConvention conventionFor(String country) {
    return switch (country) {
      case "US", "CA" -> ToteConvention.US;
      case "AU", "NZ" -> ToteConvention.AUS;
      default -> ToteConvention.UK;
    };
  }

  public ToteDividends of(Meeting meeting) {
    return new ToteDividends(meeting.convention(), winTakeout, placeTakeout);
  }
}

package com.sportshub.racing.control;

import com.sportshub.racing.commands.PoolType;
import com.sportshub.racing.commands.ToteConvention;
import com.sportshub.racing.entity.Meeting;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * The tote rules a meeting's pools are divided by: its convention, and that tote's takeout for each
 * pool, {@code hub.racing.tote.{uk|us|aus}.{win|place}-takeout} (a fraction of the gross pool),
 * else the published figure of {@link #publishedTakeout}.
 */
@Dependent
public class ToteRules {

  @Inject Config config;

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

  /**
   * The takeout a tote publishes for a pool, used unless configured otherwise. Operators whose tote
   * deducts other rates (a US state other than California, a TAB other than Tabcorp's) set theirs.
   *
   * <ul>
   *   <li>UK: Tote UK deducts 19.25% from the win pool and 20% from the place pool (Totepool's
   *       notice of 12 June 2017, in force from 29 June 2017; the totewin rules published at
   *       chisholm.uk.com/kioskrules state the same 19.25%, and so does tote.co.uk's guide "Tote vs
   *       SP odds").
   *   <li>US: 15.43% on win, place and show, what California's major thoroughbred tracks withhold
   *       by state law (Daily Racing Form, "Calif. law allows takeout changes", 25 October 2009;
   *       BloodHorse gives the same rate). Rates differ by state.
   *   <li>AUS: 14.5% win and 14.25% place, Tabcorp's rates as the Totalizator Amendment Bill 2008
   *       capped them product by product (its second-reading speech lists them).
   * </ul>
   */
  public static BigDecimal publishedTakeout(ToteConvention tote, PoolType pool) {
    return new BigDecimal(
        switch (tote) {
          case UK -> pool == PoolType.WIN ? "0.1925" : "0.20";
          case US -> "0.1543";
          case AUS -> pool == PoolType.WIN ? "0.145" : "0.1425";
        });
  }

  /** The configuration key of a tote's takeout for a pool. */
  public static String takeoutKey(ToteConvention tote, PoolType pool) {
    return "hub.racing.tote.%s.%s-takeout"
        .formatted(tote.name().toLowerCase(Locale.ROOT), pool.name().toLowerCase(Locale.ROOT));
  }

  public ToteDividends of(Meeting meeting) {
    ToteConvention tote = meeting.convention();
    return new ToteDividends(tote, takeout(tote, PoolType.WIN), takeout(tote, PoolType.PLACE));
  }

  private BigDecimal takeout(ToteConvention tote, PoolType pool) {
    return config
        .getOptionalValue(takeoutKey(tote, pool), BigDecimal.class)
        .orElseGet(() -> publishedTakeout(tote, pool));
  }
}

package com.sportshub.matches.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Season labels: {@code 2025-26} for a season across two years, {@code 2026} for one within a
 * calendar year. A European season turns over on 1 July (UTC), the usual start of the registration
 * period.
 */
public final class SeasonLabel {

  private static final Pattern LABEL = Pattern.compile("\\d{4}(-\\d{2})?");

  private SeasonLabel() {}

  /** The season a kick-off falls in; the current season when the kick-off is unknown. */
  public static String of(Instant kickoff) {
    LocalDate day = LocalDate.ofInstant(kickoff == null ? Instant.now() : kickoff, ZoneOffset.UTC);
    int start = day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1;
    return spanning(start, start + 1);
  }

  /** The label of a season from its first to its last year. */
  public static String spanning(int firstYear, int lastYear) {
    return firstYear == lastYear
        ? String.valueOf(firstYear)
        : firstYear + "-" + String.format("%02d", lastYear % 100);
  }

  public static boolean valid(String label) {
    return label != null && LABEL.matcher(label).matches();
  }
}

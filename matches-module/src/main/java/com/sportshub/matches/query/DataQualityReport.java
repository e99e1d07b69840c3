package com.sportshub.matches.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The data quality report: how many matches were checked, what was found, counted by kind. */
public record DataQualityReport(
    Instant generatedAt,
    int matchesChecked,
    Map<String, Integer> counts,
    List<QualityIssue> issues) {

  public DataQualityReport {
    counts = Map.copyOf(counts);
    issues = List.copyOf(issues);
  }
}

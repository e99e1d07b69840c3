package com.sportshub.matches.control;

import com.sportshub.matches.commands.PointsRule;
import com.sportshub.matches.entity.Competition;
import com.sportshub.matches.entity.TieBreakRules;
import java.util.Map;

/**
 * The competitions the hub knows by code (football-data.org's), with their names and tie-break rule
 * sets. Any other code gets its code as name and goal difference then goals scored (the Premier
 * League order), until an admin sets its rules.
 */
public final class CompetitionCatalog {

  private record Known(String name, TieBreakRules rules) {}

  private static final Map<String, Known> KNOWN =
      Map.of(
          "PL", new Known("Premier League", TieBreakRules.PREMIER_LEAGUE),
          "ELC", new Known("Championship", TieBreakRules.PREMIER_LEAGUE),
          "PD", new Known("LaLiga", TieBreakRules.LA_LIGA),
          "CL", new Known("UEFA Champions League", TieBreakRules.UEFA_GROUP_STAGE),
          "SIM", new Known("Hub Simulated League", TieBreakRules.PREMIER_LEAGUE));

  private CompetitionCatalog() {}

  public static Competition defaultsFor(String code) {
    Known known = KNOWN.getOrDefault(code, new Known(code, TieBreakRules.PREMIER_LEAGUE));
    return new Competition(code, known.name(), PointsRule.STANDARD, known.rules());
  }
}

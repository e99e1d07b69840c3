package com.sportshub.matches.boundary;

import com.sportshub.matches.control.CatalogStore;
import com.sportshub.matches.control.SeasonTables;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.MatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Keeps the stored official tables in step with the decided results: after a match is decided,
 * stops being decided, or has its decided score changed, its season's tables are computed again and
 * stored, in the same transaction.
 */
@Dependent
public class OfficialTables {

  @Inject CatalogStore catalog;
  @Inject SeasonTables seasonTables;

  public void afterChange(
      FootballMatch match, MatchStatus before, boolean scoreChanged, Instant now) {
    boolean decided = match.status().decided();
    if (before.decided() != decided || (decided && scoreChanged)) {
      store(match.competition(), match.season(), now);
    }
  }

  public void store(String competition, String seasonId, Instant now) {
    catalog.competition(competition).ifPresent(c -> seasonTables.storeOfficial(c, seasonId, now));
  }
}

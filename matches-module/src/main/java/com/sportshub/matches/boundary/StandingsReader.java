package com.sportshub.matches.boundary;

import com.sportshub.matches.control.CatalogStore;
import com.sportshub.matches.control.MatchViews;
import com.sportshub.matches.control.SeasonLabel;
import com.sportshub.matches.control.SeasonTables;
import com.sportshub.matches.control.TableStore;
import com.sportshub.matches.entity.Competition;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.Season;
import com.sportshub.matches.entity.StandingEntry;
import com.sportshub.matches.entity.Standings;
import com.sportshub.matches.entity.TableType;
import com.sportshub.matches.query.StandingsView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A competition's table as asked: the live table ("as it stands", provisional while matches are in
 * play) is computed on the spot; the official one is read as stored after the last decided match,
 * or computed when none is stored yet.
 */
@Dependent
public class StandingsReader {

  @Inject CatalogStore catalog;
  @Inject SeasonTables seasonTables;
  @Inject TableStore tables;

  /**
   * @throws InvalidMatchInput when {@code type} is not total, home or away, or the season label is
   *     malformed
   */
  public Optional<StandingsView> of(String code, String season, String type, boolean live) {
    TableType tableType = type(type);
    if (season != null && !SeasonLabel.valid(season)) {
      throw new InvalidMatchInput("season", "must be a season such as 2022-23 or 2026");
    }
    Optional<Competition> competition = catalog.competition(code);
    if (competition.isEmpty()) {
      return Optional.empty();
    }
    String seasonId =
        season == null ? competition.get().currentSeason() : Season.idOf(code, season);
    if (seasonId == null || catalog.season(seasonId).isEmpty()) {
      return Optional.empty();
    }
    String label = seasonId.substring(seasonId.indexOf(':') + 1);
    if (!live) {
      List<StandingEntry> stored = tables.stored(seasonId, tableType);
      if (!stored.isEmpty()) {
        return Optional.of(
            new StandingsView(
                code,
                label,
                tableType.name().toLowerCase(Locale.ROOT),
                false,
                stored.stream().map(e -> MatchViews.of(e.row())).toList(),
                stored.get(0).computedAt()));
      }
    }
    Standings table = seasonTables.compute(competition.get(), seasonId, tableType, live);
    return Optional.of(
        new StandingsView(
            code,
            label,
            tableType.name().toLowerCase(Locale.ROOT),
            table.provisional(),
            table.rows().stream().map(MatchViews::of).toList(),
            Instant.now()));
  }

  private static TableType type(String type) {
    if (type == null) {
      return TableType.TOTAL;
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "total" -> TableType.TOTAL;
      case "home" -> TableType.HOME;
      case "away" -> TableType.AWAY;
      default -> throw new InvalidMatchInput("type", "must be total, home or away");
    };
  }
}

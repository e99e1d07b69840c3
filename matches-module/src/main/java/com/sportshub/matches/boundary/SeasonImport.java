package com.sportshub.matches.boundary;

import com.sportshub.matches.control.SeasonLabel;
import com.sportshub.matches.control.feed.FeedMatch;
import com.sportshub.matches.control.feed.FeedMerge;
import com.sportshub.matches.control.feed.OpenfootballFixtures;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.Season;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Imports an openfootball season file (football.json) into a competition's season, in one
 * transaction: every match created or brought up to date, its goals recorded as events (so the
 * score comes from events here too), then the season's official tables stored and, if it is the
 * current season, published once. Importing the same file again changes nothing.
 */
@Stateless
public class SeasonImport {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

  /** What an import did. */
  public record Result(
      String competition, String season, int matches, int created, int updated, int unplayed) {}

  @Inject FeedMerge merge;
  @Inject OfficialTables tables;
  @Inject MatchNews news;

  /**
   * @param zone the league's time zone, in which the file's kick-off times are written
   * @throws InvalidMatchInput naming a bad parameter or the offending part of the file
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Result openfootball(String body, String competition, String season, String zone) {
    if (competition == null || !CODE.matcher(competition).matches()) {
      throw new InvalidMatchInput("competition", "must be a code of 1 to 16 of A-Z a-z 0-9 _ -");
    }
    if (!SeasonLabel.valid(season)) {
      throw new InvalidMatchInput("season", "must be a season such as 2022-23 or 2026");
    }
    ZoneId timeZone;
    try {
      timeZone = ZoneId.of(zone == null ? "Europe/London" : zone);
    } catch (DateTimeException e) {
      throw new InvalidMatchInput("zone", "must be a time zone such as Europe/London");
    }
    if (body == null || body.isBlank()) {
      throw new InvalidMatchInput("body", "must be an openfootball season file");
    }
    List<FeedMatch> fixtures = OpenfootballFixtures.read(body, competition, season, timeZone);
    Instant now = Instant.now();
    int created = 0;
    int updated = 0;
    for (FeedMatch fixture : fixtures) {
      FeedMerge.Merged merged = merge.merge(fixture, "openfootball", now);
      created += merged.created() ? 1 : 0;
      updated += !merged.created() && merged.changed() ? 1 : 0;
    }
    String seasonId = Season.idOf(competition, season);
    tables.store(competition, seasonId, now);
    news.standingsChanged(competition, seasonId, now);
    int unplayed = (int) fixtures.stream().filter(f -> f.score() == null).count();
    return new Result(competition, season, fixtures.size(), created, updated, unplayed);
  }
}

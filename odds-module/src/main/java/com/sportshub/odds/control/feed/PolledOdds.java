package com.sportshub.odds.control.feed;

import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.InvalidFeed;
import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A The Odds API v4 compatible server as a feed: each sport polled on its own schedule (backing off
 * on refusals and failures, pausing when the quota is spent), its answer read as a push message is.
 */
public final class PolledOdds implements OddsSource {

  private static final Logger LOG = Logger.getLogger(PolledOdds.class.getName());

  private final OddsApiClient client;
  private final Map<String, PollSchedule> schedules = new LinkedHashMap<>();
  private final OddsApiFormat format = OddsApiFormat.of("decimal");
  // The schedules belong to the publisher's timer; status readers see this summary of them.
  private volatile String state = "idle";

  public PolledOdds(OddsApiSettings settings, Instant start) {
    this.client = new OddsApiClient(settings);
    SplittableRandom random = new SplittableRandom();
    PollPolicy policy = PollPolicy.of(settings.interval());
    settings
        .sports()
        .forEach(sport -> schedules.put(sport, new PollSchedule(policy, random, start)));
  }

  @Override
  public String name() {
    return "the-odds-api";
  }

  @Override
  public List<FeedEvent> next(Instant now) {
    List<FeedEvent> batch = new ArrayList<>();
    schedules.forEach(
        (sport, schedule) -> {
          if (schedule.isDue(now)) {
            batch.addAll(poll(sport, schedule, now));
          }
        });
    state =
        schedules.entrySet().stream()
            .map(e -> e.getKey() + ": " + describe(e.getValue().state()))
            .collect(Collectors.joining("; "));
    return batch;
  }

  private List<FeedEvent> poll(String sport, PollSchedule schedule, Instant now) {
    schedule.polling(now);
    try {
      OddsApiResponse response = client.fetchOdds(sport);
      schedule.answered(response, Instant.now());
      if (!response.successful()) {
        return List.of();
      }
      return format.read(Json.createReader(new StringReader(response.body())).readValue());
    } catch (OddsApiException e) {
      schedule.failed(e.getMessage(), Instant.now());
    } catch (InvalidFeed | JsonException e) {
      LOG.warning(() -> "odds api answer for " + sport + " refused: " + e.getMessage());
      schedule.failed("answer refused: " + e.getMessage(), Instant.now());
    }
    return List.of();
  }

  @Override
  public String state() {
    return state;
  }

  private static String describe(FeedState state) {
    StringBuilder text =
        new StringBuilder(state.status().name().toLowerCase(java.util.Locale.ROOT));
    state
        .requestsRemaining()
        .ifPresent(left -> text.append(", ").append(left).append(" requests left"));
    state.lastError().ifPresent(error -> text.append(", last error: ").append(error));
    return text.toString();
  }
}

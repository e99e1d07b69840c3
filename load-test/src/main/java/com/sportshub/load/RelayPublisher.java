package com.sportshub.load;

import com.sportshub.devtools.DevTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Publishes U updates a second, round robin over the groups, through {@code POST /api/broadcast},
 * paced by {@link PacedLanes}. Each update's data carries its due time {@code t} and a warm-up flag
 * {@code w}, which the clients read back.
 */
final class RelayPublisher {

  private final Settings settings;
  private final Stats stats;
  private final String token;
  private final String pad;

  RelayPublisher(Settings settings, Stats stats) throws Exception {
    this.settings = settings;
    this.stats = stats;
    this.token =
        DevTokens.fromPem(Path.of(settings.keyFile()), DevTokens.DEV_ISSUER)
            .mint("load-test", List.of("publisher"), Duration.ofHours(2));
    this.pad = "x".repeat(Math.max(0, settings.payloadBytes() - 60));
  }

  /** Runs for warm-up plus duration; returns when every lane has sent what fell due. */
  void run() throws InterruptedException {
    long warmupItems = (long) settings.rate() * settings.warmupSeconds();
    new PacedLanes<String>(settings, stats)
        .run(
            (index, group, number, due) ->
                "{\"channel\":\"%s\",\"event\":\"bench\",\"data\":{\"g\":%d,\"s\":%d,\"t\":%d,\"w\":%d,\"pad\":\"%s\"}}"
                    .formatted(
                        settings.channel(group),
                        group,
                        number,
                        due,
                        index < warmupItems ? 1 : 0,
                        pad),
            this::post);
  }

  private void post(PlainHttp lane, List<PacedLanes.Due<String>> batch) {
    StringBuilder body = new StringBuilder(batch.size() * 320).append("{\"items\":[");
    for (int i = 0; i < batch.size(); i++) {
      body.append(i == 0 ? "" : ",").append(batch.get(i).write());
    }
    body.append("]}");
    try {
      PlainHttp.Answer answer = lane.post("/api/broadcast", token, body.toString());
      if (answer.status() == 202) {
        stats.accepted.add(batch.size());
        batch.forEach(item -> stats.acceptedPerGroup.incrementAndGet(item.group()));
      } else {
        stats.refused.add(batch.size());
      }
    } catch (Exception e) {
      stats.refused.add(batch.size());
    }
  }
}

package com.sportshub.microbench;

import com.sportshub.ws.hub.DeltaMerge;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The {@code odds_update} deltas of two channels, in the wire shapes of docs/protocol.md, as a
 * steady stream: step s moves one part of the channel's prices, the parts taking turns, so that
 * {@link #parts()} consecutive steps together cover every price once.
 */
public enum ChannelFixture {

  /** A race of 12 runners; each delta moves 4 of them (priced fixed odds in three notations). */
  RACE("race:r-cheltenham-1430") {
    @Override
    int parts() {
      return 3;
    }

    @Override
    String delta(int step) {
      StringBuilder json = new StringBuilder("{\"raceId\":\"r-cheltenham-1430\",\"runners\":[");
      int first = (step % parts()) * 4;
      for (int cloth = first + 1; cloth <= first + 4; cloth++) {
        int[] fraction = LADDER[(cloth + step) % LADDER.length];
        json.append(cloth == first + 1 ? "" : ",")
            .append(
                String.format(
                    Locale.ROOT,
                    "{\"key\":\"%d\",\"cloth\":%d,\"horse\":\"%s\",\"price\":%s,"
                        + "\"fractional\":\"%d/%d\",\"american\":\"+%d\","
                        + "\"priceAt\":\"2030-03-10T14:%02d:%02dZ\"}",
                    cloth,
                    cloth,
                    HORSES[cloth - 1],
                    BigDecimal.valueOf(fraction[1] + fraction[0])
                        .divide(BigDecimal.valueOf(fraction[1]), 2, RoundingMode.HALF_UP),
                    fraction[0],
                    fraction[1],
                    fraction[0] * 100 / fraction[1],
                    step / 60 % 60,
                    step % 60));
      }
      return json.append("]}").toString();
    }

    @Override
    int elements(String json) {
      return occurrences(json, "\"cloth\":");
    }
  },

  /**
   * A football match's head-to-head market at 4 bookmakers x 3 outcomes; each delta moves one
   * bookmaker's three prices and carries the line's new consensus.
   */
  ODDS_EVENT("odds:event:e-arsenal-chelsea") {
    @Override
    int parts() {
      return 4;
    }

    @Override
    String delta(int step) {
      int bookmaker = step % parts();
      StringBuilder prices = new StringBuilder();
      for (int o = 0; o < BookFixture.OUTCOMES.size(); o++) {
        String outcome = BookFixture.OUTCOMES.get(o);
        prices
            .append(o == 0 ? "" : ",")
            .append(
                String.format(
                    Locale.ROOT,
                    "{\"key\":\"h2h/%s/%s\",\"market\":\"h2h\",\"outcome\":\"%s\","
                        + "\"bookmaker\":\"%s\",\"price\":%s,\"point\":null,\"previous\":%s,"
                        + "\"lastUpdate\":\"2030-05-01T12:%02d:%02dZ\"}",
                    outcome,
                    BookFixture.bookmaker(bookmaker),
                    outcome,
                    BookFixture.bookmaker(bookmaker),
                    BookFixture.price(bookmaker, o, step),
                    BookFixture.price(bookmaker, o, step + 4),
                    step / 60 % 60,
                    step % 60));
      }
      StringBuilder outcomes = new StringBuilder();
      for (int o = 0; o < BookFixture.OUTCOMES.size(); o++) {
        String outcome = BookFixture.OUTCOMES.get(o);
        BigDecimal price = BookFixture.price(bookmaker, o, step);
        outcomes
            .append(o == 0 ? "" : ",")
            .append(
                String.format(
                    Locale.ROOT,
                    "{\"key\":\"%s\",\"outcome\":\"%s\",\"best\":%s,\"bestAt\":[\"%s\"],"
                        + "\"average\":%s,\"median\":%s,\"fair\":%s,\"bookmakers\":4,"
                        + "\"steam\":null}",
                    outcome,
                    outcome,
                    price,
                    BookFixture.bookmaker(bookmaker),
                    price.subtract(new BigDecimal("0.04")),
                    price.subtract(new BigDecimal("0.03")),
                    price.add(new BigDecimal("0.09"))));
      }
      return "{\"sportKey\":\"soccer_epl\",\"events\":[{\"key\":\"e-arsenal-chelsea\","
          + "\"eventId\":\"e-arsenal-chelsea\",\"homeTeam\":\"Arsenal\",\"awayTeam\":\"Chelsea\","
          + "\"commenceTime\":\"2030-05-01T15:00:00Z\",\"status\":\"scheduled\",\"prices\":["
          + prices
          + "],\"consensus\":[{\"key\":\"h2h\",\"market\":\"h2h\",\"point\":null,"
          + "\"arbitrage\":false,\"bestBookSum\":1.0317,\"outcomes\":["
          + outcomes
          + "]}]}]}";
    }

    @Override
    int elements(String json) {
      return occurrences(json, "\"bookmaker\":");
    }
  };

  /** Both channels have 12 prices: 12 runners, or 4 bookmakers x 3 outcomes. */
  static final int PRICES = 12;

  private static final String[] HORSES = {
    "Silver Arrow", "Night Ferry", "Copper Bay", "Kings Folly", "Lady Lark", "Storm Harbour",
    "Tiber Mist", "Grey Warden", "Quiet Hour", "Bold Venture", "Mister Dawn", "Harbour Light"
  };

  /** Fractional prices a bookmaker offers, as numerator and denominator. */
  private static final int[][] LADDER = {
    {2, 1}, {5, 2}, {3, 1}, {7, 2}, {4, 1}, {9, 2}, {5, 1}, {6, 1}, {8, 1}, {10, 1}, {14, 1},
    {20, 1}
  };

  private final String channel;

  ChannelFixture(String channel) {
    this.channel = channel;
  }

  String channel() {
    return channel;
  }

  /** How many consecutive deltas it takes to move every price once. */
  abstract int parts();

  /** The delta of the given step of the stream. */
  abstract String delta(int step);

  /** How many prices a payload of this channel carries. */
  abstract int elements(String json);

  /** The state a client holds once every price has moved: the first {@link #parts()} merged. */
  String fullState() {
    String state = delta(0);
    for (int step = 1; step < parts(); step++) {
      state = DeltaMerge.merge(state, delta(step));
    }
    return state;
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}

package com.sportshub.ws.endpoint;

import com.sportshub.ws.metrics.UpdateKinds;
import java.util.List;
import java.util.regex.Pattern;

/** The channel names clients may subscribe to; anything else is refused before it is looked up. */
final class Channels {

  private static final String KEY = "[A-Za-z0-9_.-]{1,64}";
  static final String USER = "user:";

  private static final List<Pattern> NAMES =
      List.of(
          Pattern.compile("odds:" + KEY),
          Pattern.compile("odds:event:" + KEY),
          Pattern.compile("race:" + KEY),
          Pattern.compile("racing:meeting:" + KEY),
          Pattern.compile("match:" + KEY),
          Pattern.compile("matches:live"),
          Pattern.compile("standings:" + KEY),
          Pattern.compile("news"),
          Pattern.compile("notice:" + KEY),
          Pattern.compile(USER + "[A-Za-z0-9_.@|+-]{1,128}"));

  private Channels() {}

  /**
   * The family of a channel, for operators' figures: its name less its key ({@code odds:event},
   * {@code race}, {@code standings}...), or the whole name where it has none ({@code news}, {@code
   * matches:live}). The same names tag the metrics of updates ({@link UpdateKinds}).
   */
  static String kind(String channel) {
    return UpdateKinds.kindOf(channel);
  }

  static boolean isValid(String channel) {
    return channel != null && NAMES.stream().anyMatch(p -> p.matcher(channel).matches());
  }

  /**
   * Whether the channel has a state that a snapshot gives whole: every family but {@code news},
   * {@code notice:} and {@code user:}, which carry messages only. A client that falls behind on a
   * channel with state can be given that state instead of the updates it missed.
   */
  static boolean hasState(String channel) {
    return !channel.equals("news") && !channel.startsWith("notice:") && !channel.startsWith(USER);
  }

  /** The subject a {@code user:{subject}} channel belongs to, or null for a public channel. */
  static String owner(String channel) {
    return channel.startsWith(USER) ? channel.substring(USER.length()) : null;
  }
}

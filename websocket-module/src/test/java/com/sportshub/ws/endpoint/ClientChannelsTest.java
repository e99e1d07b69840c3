package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sportshub.ws.broker.Envelope;
import com.sportshub.ws.transport.WireFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientChannelsTest {

  private static final String ODDS = "odds:event:e1";

  private final List<String> queued = new ArrayList<>();
  private final ClientChannels channels = new ClientChannels(frame -> queued.add(frame.text()));

  private static Envelope update(long seq) {
    return new Envelope(ODDS, seq, "u" + seq);
  }

  private static WireFrame reply(String text) {
    return new WireFrame(text);
  }

  @Test
  void updatesHeldDuringASubscriptionFollowTheReplyWhenNewerThanItsSnapshot() {
    channels.begin(ODDS);
    channels.deliver(update(4));
    channels.deliver(update(5));

    channels.complete(ODDS, 4, reply("subscribed 4"), List.of());
    channels.deliver(update(6));

    assertEquals(List.of("subscribed 4", "u5", "u6"), queued);
  }

  @Test
  void aRestartedChannelHoldsItsUpdatesUntilTheFreshReplyThenSendsOnlyNewerOnes() {
    channels.begin(ODDS);
    channels.complete(ODDS, 1, reply("subscribed 1"), List.of());
    channels.deliver(update(2));

    channels.restart(ODDS);
    channels.deliver(update(3));
    channels.deliver(update(4));
    channels.complete(ODDS, 3, reply("conflated 3"), List.of());

    assertEquals(List.of("subscribed 1", "u2", "conflated 3", "u4"), queued);
  }

  @Test
  void aReplayQueuedInPartsKeepsLiveUpdatesBackUntilItIsDoneAndSendsNoneTwice() {
    channels.begin(ODDS);
    ClientChannels.Answer answer = channels.answer(ODDS, reply("resumed 5"), 2);
    answer.replay(List.of(update(3)));
    channels.deliver(update(6)); // live, while the replay goes on
    answer.replay(List.of(update(4), update(5)));
    channels.deliver(update(7));
    answer.finish();
    channels.deliver(update(7));
    channels.deliver(update(8));

    assertEquals(List.of("resumed 5", "u3", "u4", "u5", "u6", "u7", "u8"), queued);
  }

  @Test
  void aReplayInPartsStopsWhenTheChannelIsLeftMeanwhile() {
    channels.begin(ODDS);
    ClientChannels.Answer answer = channels.answer(ODDS, reply("resumed 5"), 2);
    answer.replay(List.of(update(3)));
    channels.end(ODDS);

    assertFalse(answer.replay(List.of(update(4))));
    answer.finish();
    assertEquals(List.of("resumed 5", "u3"), queued);
  }

  @Test
  void aChannelThatWentLiveAlreadyTakesASecondReplyAndItsReplay() {
    channels.begin(ODDS);
    channels.complete(ODDS, 7, reply("conflated 7"), List.of());

    channels.complete(ODDS, 2, reply("reset 2"), List.of(update(1), update(2)));

    assertEquals(List.of("conflated 7", "reset 2", "u1", "u2"), queued);
  }

  @Test
  void anEndedChannelSendsNothingMore() {
    channels.begin(ODDS);
    channels.complete(ODDS, 1, reply("subscribed 1"), List.of());

    channels.end(ODDS);
    channels.deliver(update(2));

    assertEquals(List.of("subscribed 1"), queued);
  }
}

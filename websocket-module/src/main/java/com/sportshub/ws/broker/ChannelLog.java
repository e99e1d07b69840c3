package com.sportshub.ws.broker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** One channel's recent updates, held in memory within a {@link ResumeWindow}. Not thread-safe. */
final class ChannelLog {

  private record Entry(Envelope envelope, long ts) {}

  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private long lastSeq;

  long lastSeq() {
    return lastSeq;
  }

  /** Appends the next update and forgets what the window no longer needs. */
  Envelope append(Publication publication, ResumeWindow window) {
    lastSeq++;
    Envelope envelope = publication.sequenced(lastSeq);
    entries.addLast(new Entry(envelope, publication.ts()));
    while (!entries.isEmpty()
        && window.mayDropOldest(entries.size(), entries.peekFirst().ts(), publication.ts())) {
      entries.removeFirst();
    }
    return envelope;
  }

  Replay since(long since) {
    long firstHeld = lastSeq - entries.size() + 1;
    if (since > lastSeq || since < firstHeld - 1) {
      return Replay.incomplete(lastSeq);
    }
    int wanted = (int) (lastSeq - since);
    List<Envelope> after = new ArrayList<>(wanted);
    entries.stream().skip(entries.size() - wanted).forEach(entry -> after.add(entry.envelope()));
    return new Replay(lastSeq, after, true);
  }
}

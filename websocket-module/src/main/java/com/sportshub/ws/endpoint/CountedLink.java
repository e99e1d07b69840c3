package com.sportshub.ws.endpoint;

import com.sportshub.ws.hub.Outbox;
import java.util.List;
import org.eclipse.microprofile.metrics.Counter;

/**
 * A connection's writing end that counts the frames handed to it: one add per write, however many
 * frames it carries.
 */
final class CountedLink<F> implements Outbox.Link<F> {

  private final Outbox.Link<F> link;
  private final Counter frames;

  CountedLink(Outbox.Link<F> link, Counter frames) {
    this.link = link;
    this.frames = frames;
  }

  @Override
  public boolean busy() {
    return link.busy();
  }

  @Override
  public void write(List<F> written) {
    frames.inc(written.size());
    link.write(written);
  }

  @Override
  public boolean notifiesWhenFree() {
    return link.notifiesWhenFree();
  }
}

package com.sportshub.matches.boundary;

import com.sportshub.matches.control.FeedSyncStore;
import com.sportshub.matches.control.feed.FeedMatch;
import com.sportshub.matches.control.feed.FeedMerge;
import com.sportshub.matches.entity.FeedReport;
import com.sportshub.matches.events.FeedStatusChanged;
import com.sportshub.matches.events.MatchChange;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Takes in what a feed poll brought, in one transaction: each match merged into the stored one, a
 * {@code feed_update} fired for each that changed, the official table stored again where a result
 * was decided. A poll is applied whole or not at all. Also records each poll's outcome as the
 * feed's sync state.
 */
@Stateless
public class FeedIntake {

  @Inject FeedMerge merge;
  @Inject OfficialTables tables;
  @Inject MatchNews news;
  @Inject FeedSyncStore syncs;
  @Inject Event<FeedStatusChanged> feedStatusChanged;

  /** Merges the matches; returns how many changed. */
  public int apply(List<FeedMatch> batch, String source) {
    Instant now = Instant.now();
    int changed = 0;
    for (FeedMatch fed : batch) {
      FeedMerge.Merged merged = merge.merge(fed, source, now);
      if (!merged.changed()) {
        continue;
      }
      changed++;
      tables.afterChange(merged.match(), merged.before(), merged.scoreChanged(), now);
      news.matchChanged(
          merged.match(),
          merged.created() ? MatchChange.CREATED : MatchChange.FEED_UPDATE,
          merged.before(),
          merged.scoreChanged(),
          null,
          merged.events(),
          null,
          now);
    }
    return changed;
  }

  /** Records a poll's outcome; tells clients when the feed's state changed. */
  public void record(FeedReport report) {
    if (syncs.record(report)) {
      feedStatusChanged.fire(
          new FeedStatusChanged(UUID.randomUUID(), report.feed(), report.state(), report.at()));
    }
  }
}

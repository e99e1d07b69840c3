package com.sportshub.matches.control;

import com.sportshub.matches.entity.FeedReport;
import com.sportshub.matches.entity.FeedSync;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Each feed's sync state. */
@Dependent
public class FeedSyncStore {

  @PersistenceContext(unitName = "matches")
  EntityManager em;

  /** Records the report; true when the feed's state changed. */
  public boolean record(FeedReport report) {
    FeedSync sync = em.find(FeedSync.class, report.feed(), LockModeType.PESSIMISTIC_WRITE);
    if (sync == null) {
      sync = new FeedSync(report.feed(), report.state());
      sync.record(report);
      em.persist(sync);
      return true;
    }
    return sync.record(report);
  }

  public List<FeedSync> all() {
    return em.createNamedQuery(FeedSync.ALL, FeedSync.class).getResultList();
  }
}

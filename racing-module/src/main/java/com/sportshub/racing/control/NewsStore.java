package com.sportshub.racing.control;

import com.sportshub.racing.entity.NewsItem;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** News items in PostgreSQL. */
@Dependent
public class NewsStore {

  @PersistenceContext(unitName = "racing")
  EntityManager em;

  public void add(NewsItem item) {
    em.persist(item);
  }

  /** The newest items, of one meeting or (meetingId null) of all, newest first. */
  public List<NewsItem> latest(String meetingId, int limit) {
    var query =
        meetingId == null
            ? em.createNamedQuery(NewsItem.LATEST, NewsItem.class)
            : em.createNamedQuery(NewsItem.OF_MEETING, NewsItem.class)
                .setParameter("meetingId", meetingId);
    return query.setMaxResults(limit).getResultList();
  }
}

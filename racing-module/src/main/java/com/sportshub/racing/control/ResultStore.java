package com.sportshub.racing.control;

import com.sportshub.racing.entity.Placing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The placings of every version of every result, in PostgreSQL. */
@Dependent
public class ResultStore {

  @PersistenceContext(unitName = "racing")
  EntityManager em;

  public void add(Placing placing) {
    em.persist(placing);
  }

  /** The placings of one version of a race's result in finishing order; none for version 0. */
  public List<Placing> placings(String raceId, int version) {
    if (version == 0) {
      return List.of();
    }
    return em.createNamedQuery(Placing.OF_VERSION, Placing.class)
        .setParameter("raceId", raceId)
        .setParameter("version", version)
        .getResultList();
  }
}

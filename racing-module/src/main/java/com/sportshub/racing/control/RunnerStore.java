package com.sportshub.racing.control;

import com.sportshub.racing.entity.Runner;
import com.sportshub.racing.entity.RunnerPrice;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runners, their current prices and every price they were quoted at, in PostgreSQL. */
@Dependent
public class RunnerStore {

  @PersistenceContext(unitName = "racing")
  EntityManager em;

  public Optional<Runner> find(String raceId, int cloth) {
    return Optional.ofNullable(em.find(Runner.class, new Runner.Key(raceId, cloth)));
  }

  /** The runners of a race in cloth order. */
  public List<Runner> of(String raceId) {
    return ofRaces(List.of(raceId)).getOrDefault(raceId, List.of());
  }

  /** The runners of these races in cloth order, by race id (races without runners absent). */
  public Map<String, List<Runner>> ofRaces(Collection<String> raceIds) {
    Map<String, List<Runner>> byRace = new HashMap<>();
    if (raceIds.isEmpty()) {
      return byRace;
    }
    em.createNamedQuery(Runner.OF_RACES, Runner.class)
        .setParameter("raceIds", raceIds)
        .getResultList()
        .forEach(r -> byRace.computeIfAbsent(r.raceId(), id -> new ArrayList<>()).add(r));
    return byRace;
  }

  public void add(Runner runner) {
    em.persist(runner);
  }

  public void remember(RunnerPrice price) {
    em.persist(price);
  }

  public List<RunnerPrice> history(String raceId, int cloth) {
    return em.createNamedQuery(RunnerPrice.OF_RUNNER, RunnerPrice.class)
        .setParameter("raceId", raceId)
        .setParameter("cloth", cloth)
        .getResultList();
  }
}

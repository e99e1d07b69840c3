package com.sportshub.racing.control;

import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PoolType;
import com.sportshub.racing.entity.TotePool;
import com.sportshub.racing.entity.ToteStake;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tote pools and their stakes in PostgreSQL; the tote sends a pool whole, so it replaces it. */
@Dependent
public class PoolStore {

  @PersistenceContext(unitName = "racing")
  EntityManager em;

  /** Replaces the race's pool of that type with what the tote sent. */
  public void replace(String raceId, PoolDraft draft, Instant now) {
    TotePool pool = em.find(TotePool.class, new TotePool.Key(raceId, draft.pool()));
    if (pool == null) {
      pool = new TotePool(raceId, draft.pool());
      pool.total(draft.total(), now);
      em.persist(pool);
    } else {
      pool.total(draft.total(), now);
    }
    Map<Integer, BigDecimal> wanted = new TreeMap<>(draft.stakes());
    for (ToteStake held :
        em.createNamedQuery(ToteStake.OF_POOL, ToteStake.class)
            .setParameter("raceId", raceId)
            .setParameter("pool", draft.pool())
            .getResultList()) {
      BigDecimal stake = wanted.remove(held.cloth());
      if (stake == null) {
        em.remove(held);
      } else {
        held.restake(stake);
      }
    }
    wanted.forEach((cloth, stake) -> em.persist(new ToteStake(raceId, draft.pool(), cloth, stake)));
  }

  /** The race's pools with their stakes, in pool order. */
  public Map<PoolType, Stored> of(String raceId) {
    Map<PoolType, Stored> pools = new EnumMap<>(PoolType.class);
    for (TotePool pool :
        em.createNamedQuery(TotePool.OF_RACES, TotePool.class)
            .setParameter("raceIds", List.of(raceId))
            .getResultList()) {
      pools.put(pool.pool(), new Stored(pool, new TreeMap<>()));
    }
    for (ToteStake stake :
        em.createNamedQuery(ToteStake.OF_RACES, ToteStake.class)
            .setParameter("raceIds", List.of(raceId))
            .getResultList()) {
      Stored pool = pools.get(stake.pool());
      if (pool != null) {
        pool.stakes().put(stake.cloth(), stake.stake());
      }
    }
    return pools;
  }

  /** A pool as stored, with its stakes by cloth. */
  public record Stored(TotePool pool, Map<Integer, BigDecimal> stakes) {

    public PoolDraft draft() {
      return new PoolDraft(pool.pool(), pool.total(), stakes);
    }
  }
}

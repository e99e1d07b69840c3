package com.sportshub.matches.control;

import com.sportshub.matches.commands.PointsDeduction;
import com.sportshub.matches.entity.SeasonDeduction;
import com.sportshub.matches.entity.StandingEntry;
import com.sportshub.matches.entity.Standings;
import com.sportshub.matches.entity.TableType;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Points deductions and the stored official tables of seasons. */
@Dependent
public class TableStore {

  @PersistenceContext(unitName = "matches")
  EntityManager em;

  public List<PointsDeduction> deductions(String seasonId) {
    return em
        .createNamedQuery(SeasonDeduction.OF_SEASON, SeasonDeduction.class)
        .setParameter("season", seasonId)
        .getResultList()
        .stream()
        .map(SeasonDeduction::deduction)
        .toList();
  }

  public void deduct(String seasonId, PointsDeduction deduction, Instant now) {
    em.persist(new SeasonDeduction(seasonId, deduction, now));
  }

  /** The season's stored table of the type, first place first; empty when none is stored. */
  public List<StandingEntry> stored(String seasonId, TableType type) {
    return em.createNamedQuery(StandingEntry.OF_SEASON, StandingEntry.class)
        .setParameter("season", seasonId)
        .setParameter("type", type)
        .getResultList();
  }

  /** Replaces the season's stored tables with these. */
  public void replace(String seasonId, Map<TableType, Standings> tables, Instant now) {
    // Removed one by one and flushed, not by a bulk delete: rows already read in this transaction
    // would otherwise linger in the persistence context under the keys the new rows take.
    for (TableType type : TableType.values()) {
      stored(seasonId, type).forEach(em::remove);
    }
    em.flush();
    tables.forEach(
        (type, table) ->
            table.rows().forEach(row -> em.persist(new StandingEntry(seasonId, type, row, now))));
  }
}

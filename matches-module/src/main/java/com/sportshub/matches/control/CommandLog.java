package com.sportshub.matches.control;

import com.sportshub.matches.entity.CommandRecord;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The log of commands applied to matches. */
@Dependent
public class CommandLog {

  @PersistenceContext(unitName = "matches")
  EntityManager em;

  /** The command the client sent before with that id, if any. */
  public Optional<CommandRecord> find(String matchId, String clientId) {
    return Optional.ofNullable(
        em.find(CommandRecord.class, new CommandRecord.Key(matchId, clientId)));
  }

  public void add(CommandRecord record) {
    em.persist(record);
  }

  public List<CommandRecord> ofMatch(String matchId) {
    return em.createNamedQuery(CommandRecord.OF_MATCH, CommandRecord.class)
        .setParameter("matchId", matchId)
        .getResultList();
  }
}

package com.sportshub.odds.boundary;

import com.sportshub.odds.control.SteamMemory;
import com.sportshub.odds.events.OddsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Remembers committed price moves for steam detection; rolled-back moves never count. */
@ApplicationScoped
public class SteamRecorder {

  @Inject SteamMemory memory;

  void onOddsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OddsChanged change) {
    if (!change.prices().isEmpty()) {
      memory.record(change.event().eventId(), change.prices(), change.occurredAt());
    }
  }
}

package com.sportshub.odds.boundary;

import com.sportshub.odds.control.PriceStore;
import com.sportshub.odds.entity.PriceQuote;
import com.sportshub.odds.query.OddsQueries;
import com.sportshub.odds.query.PriceView;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Answers the odds context's published queries from the current prices. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OddsReader implements OddsQueries {

  @Inject PriceStore prices;

  @Override
  public Optional<List<PriceView>> pricesOfEvent(String eventId) {
    List<PriceView> book = prices.pricesOf(eventId).stream().map(OddsReader::view).toList();
    return book.isEmpty() ? Optional.empty() : Optional.of(book);
  }

  @Override
  public List<PriceView> pricesOfSport(String sportKey) {
    return prices.pricesOfSport(sportKey).stream().map(OddsReader::view).toList();
  }

  private static PriceView view(PriceQuote quote) {
    return new PriceView(
        quote.eventId(),
        quote.sportKey(),
        quote.market(),
        quote.outcome(),
        quote.bookmaker(),
        quote.decimal(),
        quote.updatedAt());
  }
}

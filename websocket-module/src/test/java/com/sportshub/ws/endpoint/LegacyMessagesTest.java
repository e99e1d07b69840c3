package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyMessagesTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{'type':'subscribe_race','raceId':'123'}|{'type':'subscribe','channel':'race:123'}",
        "{'type':'unsubscribe_race','raceId':'123'}|{'type':'unsubscribe','channel':'race:123'}",
        "{'type':'subscribe_races','raceIds':['1','2']}|{'type':'subscribe','channels':['race:1','race:2']}",
        "{'type':'get_subscriptions','id':7}|{'type':'subscriptions','id':7}",
        "{'type':'SUBSCRIBE_MATCH','matchId':'m9'}|{'type':'subscribe','channel':'match:m9'}",
        "{'type':'subscribe_live_matches'}|{'type':'subscribe','channel':'matches:live'}",
        "{'type':'subscribe_standings','competition':'PL'}|{'type':'subscribe','channel':'standings:PL'}",
        "{'type':'subscribe_odds','eventId':'e1'}|{'type':'subscribe','channel':'odds:event:e1'}",
        "{'type':'subscribe','sport':'basketball_nba'}|{'type':'subscribe','channel':'odds:basketball_nba'}",
        "{'type':'subscribe','channel':'news'}|{'type':'subscribe','channel':'news'}"
      })
  void translatesTheSeedDesignsMessagesIntoTheProtocols(String legacy, String canonical) {
    assertEquals(
        json(canonical.replace('\'', '"')),
        LegacyMessages.translate(json(legacy.replace('\'', '"'))));
  }
}

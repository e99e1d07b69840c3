package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each feed and simulator in JMX ({@code com.sportshub:type=Feed,name=...}), as an operator's
 * console on the same machine reaches it: started and stopped there, seen the same way over REST
 * and in the metrics. (The match feeds, which need feeds to poll, are in {@link MatchFeedsIT}.)
 */
@ExtendWith(HubNode.class)
class FeedJmxIT {

  private static final String ADMIN = TestTokens.forRoles("ops", "admin");

  @ParameterizedTest
  @CsvSource({
    "odds, /api/odds/publisher",
    "racing-simulator, /api/racing/simulator",
    "match-simulator, /api/matches/simulator"
  })
  void anOperatorStartsAndStopsAFeedOverJmx(String feed, String resource, PayaraMicro hub)
      throws Exception {
    String bean = "com.sportshub:type=Feed,name=" + feed;
    Api api = new Api(hub.base());
    Prometheus metrics = new Prometheus(hub);
    String tag = "feed=\"" + feed + "\"";
    try (Jmx jmx = Jmx.attach(hub.pid())) {
      assertEquals(false, jmx.attribute(bean, "Running"));
      assertEquals("stopped", jmx.attribute(bean, "State"));

      jmx.invoke(bean, "start");
      try {
        assertEquals(true, jmx.attribute(bean, "Running"));
        assertEquals("running", jmx.attribute(bean, "State"));
        assertEquals("running", status(api, resource));
        assertEquals(1, metrics.value("hub_feed_running", tag));
      } finally {
        jmx.invoke(bean, "stop");
      }

      assertEquals(false, jmx.attribute(bean, "Running"));
      assertEquals("stopped", jmx.attribute(bean, "State"));
      assertEquals("stopped", status(api, resource));
      assertEquals(0, metrics.value("hub_feed_running", tag));
    }
  }

  private static String status(Api api, String resource) throws Exception {
    Api.Response answer = api.get(resource, ADMIN);
    assertEquals(200, answer.status(), answer.body());
    return answer.json().asJsonObject().getString("status");
  }
}

package com.sportshub.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The client library's logic (backoff, resume with since, gaps, reset and conflated snapshots,
 * heartbeats, commands, tokens, polling) in headless Chromium, against the scripted server of
 * src/test/resources/client: no hub, a few seconds. Each JavaScript test is a JUnit test here.
 */
class ClientLogicTest {

  @TestFactory
  Stream<DynamicTest> theClientLibraryKeepsItsPromises() throws Exception {
    List<Map<String, Object>> results;
    try (StaticFiles files =
            StaticFiles.serve(
                Map.of(
                    "/js/", Path.of("src/main/webapp/js").toAbsolutePath(),
                    "/client/", Path.of("src/test/resources/client").toAbsolutePath()));
        Chromium browser = Chromium.start()) {
      browser.open(files.base().resolve("/client/logic.html").toString());
      results = browser.await(60, d -> results(browser));
      browser.screenshot("client-logic");
    }
    assertFalse(results.isEmpty(), "no tests ran");
    return results.stream()
        .map(
            result ->
                DynamicTest.dynamicTest(
                    (String) result.get("name"),
                    () -> assertTrue((Boolean) result.get("ok"), (String) result.get("error"))));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> results(Chromium browser) {
    return (List<Map<String, Object>>) browser.script("return window.testResults || null;");
  }
}

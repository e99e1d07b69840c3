package com.sportshub.ear;

import com.sportshub.it.TestSettings;
import com.sportshub.it.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A full Payara Server with a domain of its own under target/, set up by the operator's script in
 * server-config/server and given the EAR to deploy, as an operator would.
 */
final class PayaraServer implements AutoCloseable {

  private static final String DOMAIN = "sportshub-it";
  private static final int PORT_BASE = 28000;
  private static final Duration COMMAND_LIMIT = Duration.ofMinutes(3);

  private final Path home;
  private final Path domains;

  private PayaraServer(Path home, Path domains) {
    this.home = home;
    this.domains = domains;
  }

  private static void deleteLeftovers(Path domain) throws java.io.IOException {
    if (!Files.exists(domain)) {
      return;
    }
    try (var paths = Files.walk(domain)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Creates and starts the domain, runs the set-up script and deploys the EAR. */
  static PayaraServer withEarDeployed() throws Exception {
    Path home = Path.of(TestSettings.require("it.payara-server.dir"));
    Path domains = Path.of("target", "domains").toAbsolutePath();
    PayaraServer server = new PayaraServer(home, domains);
    deleteLeftovers(domains.resolve(DOMAIN)); // of a run that was killed before it cleaned up
    server.asadmin(
        "create-domain",
        "--nopassword",
        "--portbase",
        String.valueOf(PORT_BASE),
        "--domaindir",
        domains.toString(),
        DOMAIN);
    server.asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN);
    long deploying;
    try {
      server.setUp();
      deploying = System.nanoTime();
      server.asadmin("deploy", "--name", "sports-hub", TestSettings.require("it.ear"));
      server.awaitReady();
    } catch (Exception | AssertionError e) {
      server.close();
      throw e;
    }
    System.out.printf(
        "EAR deployed and ready after %d ms%n", (System.nanoTime() - deploying) / 1_000_000);
    return server;
  }

  private void setUp() throws Exception {
    Path script = TestSettings.serverConfig().resolve("server/setup-domain.sh");
    Map<String, String> env = new java.util.HashMap<>(TestSettings.databaseEnvironment());
    env.put("PAYARA_HOME", home.toString());
    env.put("ASADMIN_ARGS", "--port " + adminPort());
    env.put("DOMAIN_ARGS", "--domaindir " + domains + " " + DOMAIN);
    env.put(
        "DRIVER_JAR", Path.of(TestSettings.require("it.runtime.dir"), "postgresql.jar").toString());
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyUrl());
    env.put("REDIS_URL", TestSettings.redisUrl());
    // The tests write their own odds and races; the simulators would mix theirs in.
    env.put("HUB_ODDS_PUBLISHER_AUTOSTART", "false");
    env.put("HUB_MATCHES_SIMULATOR_AUTOSTART", "false");
    env.put("HUB_RACING_SIMULATOR_AUTOSTART", "false");
    run(List.of("bash", script.toString()), env);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + (PORT_BASE + 80));
  }

  URI webSocket() {
    return URI.create("ws://127.0.0.1:" + (PORT_BASE + 80) + "/ws");
  }

  private int adminPort() {
    return PORT_BASE + 48;
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(COMMAND_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(base().resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // listener not up yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the EAR did not become ready:\n" + serverLogTail());
  }

  String serverLogTail() {
    try {
      List<String> lines = Files.readAllLines(domains.resolve(DOMAIN + "/logs/server.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no server.log: " + e + ")";
    }
  }

  private void asadmin(String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/asadmin").toString());
    if (!arguments[0].equals("create-domain") && !arguments[0].equals("start-domain")) {
      command.addAll(List.of("--port", String.valueOf(adminPort())));
    }
    command.addAll(List.of(arguments));
    run(command, Map.of());
  }

  private void run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command) + " failed:\n" + output + "\n" + serverLogTail());
    }
  }

  @Override
  public void close() throws Exception {
    asadmin("stop-domain", "--domaindir", domains.toString(), DOMAIN);
  }
}

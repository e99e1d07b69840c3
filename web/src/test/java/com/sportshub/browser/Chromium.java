package com.sportshub.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium, driven through its own chromedriver: both paths are given, so
 * Selenium never looks for (or downloads) a browser or a driver. Each instance has a fresh profile.
 */
public final class Chromium implements AutoCloseable {

  private static final String BINARY = System.getProperty("it.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A browser with a desktop-sized window. */
  public static Chromium start() throws IOException {
    return start(1280, 900);
  }

  /** A browser whose window is {@code width} by {@code height} pixels. */
  public static Chromium start(int width, int height) throws IOException {
    return start(width, height, java.util.List.of());
  }

  /** A desktop-sized browser that reaches everything, loopback included, through the proxy. */
  public static Chromium behindProxy(String proxy) throws IOException {
    return start(
        1280, 900, java.util.List.of("--proxy-server=" + proxy, "--proxy-bypass-list=<-loopback>"));
  }

  private static Chromium start(int width, int height, java.util.List<String> more)
      throws IOException {
    if (!Files.isExecutable(Path.of(BINARY)) || !Files.isExecutable(Path.of(DRIVER))) {
      throw new IllegalStateException(
          "the browser tests need Chromium and its driver at "
              + BINARY
              + " and "
              + DRIVER
              + " (Debian: apt-get install -y chromium chromium-driver)");
    }
    Path profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    options.addArguments(more);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    return new Chromium(new ChromeDriver(service, options), profile);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Runs a script in the page and returns what it returns. */
  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits up to {@code seconds} for the condition to be non-null and not false. */
  public <T> T await(int seconds, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds))
        .pollingEvery(Duration.ofMillis(50))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Waits for an element's text to contain {@code text}; returns the element. */
  public WebElement awaitText(int seconds, By by, String text) {
    return await(
        seconds,
        d ->
            d.findElements(by).stream()
                .filter(e -> e.getText().contains(text))
                .findFirst()
                .orElse(null));
  }

  /** Waits until the page's connection indicator says {@code state}. */
  public void awaitConnection(int seconds, String state) {
    await(
        seconds,
        d ->
            d.findElements(By.cssSelector("[data-connection='" + state + "']")).isEmpty()
                ? null
                : true);
  }

  /** The page's connection state, from its indicator. */
  public String connection() {
    return driver.findElement(By.cssSelector("[data-connection]")).getAttribute("data-connection");
  }

  /** Saves a screenshot as target/screenshots/{name}.png for a reviewer to look at. */
  public Path screenshot(String name) throws IOException {
    Path file = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // a temporary profile left behind is harmless
      }
    }
  }
}

package com.sportshub.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The server's live heap, read after a full collection through {@code jcmd PID GC.class_histogram}
 * (the JDK's own tool, beside the one running this). RSS cannot tell what idle connections cost: it
 * counts heap the JVM touched once, whether anything lives there now or not.
 */
final class LiveHeap {

  private LiveHeap() {}

  /** Bytes of live objects in the process's heap, or -1 when it cannot be read. */
  static long bytes(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (pid <= 0 || !Files.isExecutable(jcmd)) {
      return -1;
    }
    try {
      Process process =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram")
              .redirectErrorStream(true)
              .start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        return -1;
      }
      return totalOf(new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The bytes on a class histogram's closing "Total instances bytes" line, or -1. */
  static long totalOf(String histogram) {
    for (String line : histogram.split("\n")) {
      String[] words = line.trim().split("\\s+");
      if (words.length == 3 && words[0].equals("Total")) {
        try {
          return Long.parseLong(words[2]);
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }
}

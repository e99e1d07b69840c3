package com.sportshub.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a process's resident memory and CPU time from /proc (Linux), given its PID. */
final class ServerProcess {

  /** Clock ticks per second of /proc/PID/stat; 100 on Linux unless built otherwise. */
  private static final double TICKS_PER_SECOND = 100.0;

  private final long pid;

  ServerProcess(long pid) {
    this.pid = pid;
  }

  boolean known() {
    return pid > 0 && Files.exists(Path.of("/proc", String.valueOf(pid)));
  }

  /** VmRSS in kB, or -1. */
  long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** User plus system CPU seconds so far, or -1. */
  double cpuSeconds() {
    return cpuSeconds(Path.of("/proc", String.valueOf(pid), "stat"));
  }

  static double cpuSeconds(Path stat) {
    try {
      String text = Files.readString(stat);
      String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static double ownCpuSeconds() {
    return cpuSeconds(Path.of("/proc/self/stat"));
  }
}

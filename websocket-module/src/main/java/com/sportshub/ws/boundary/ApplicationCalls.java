package com.sportshub.ws.boundary;

import java.util.function.Supplier;

/**
 * Runs a JMX call with the application's class loader current: JMX calls arrive on the platform's
 * RMI threads, which have none, and the application's beans cannot be reached without it ("Thread's
 * context class loader is null").
 */
public final class ApplicationCalls {

  private final ClassLoader application;

  /** Remembers the class loader of the thread that registers the bean (the application's). */
  public ApplicationCalls() {
    this.application = Thread.currentThread().getContextClassLoader();
  }

  public <T> T run(Supplier<T> call) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(application);
    try {
      return call.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}

package com.sportshub.ws.broker;

/** The Redisson broker against the broker contract, on the real Redis of this machine. */
class RedissonBrokerIT extends BrokerContract {

  @Override
  protected Broker newNode(ResumeWindow window) {
    return new RedissonBroker(
        System.getProperty("it.redis.url", "redis://127.0.0.1:6379"), threads, window, 10_000);
  }
}

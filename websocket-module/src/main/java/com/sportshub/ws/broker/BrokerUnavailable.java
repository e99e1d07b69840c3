package com.sportshub.ws.broker;

/** The broker cannot take more publications now; the caller should answer "try again later". */
public class BrokerUnavailable extends RuntimeException {

  public BrokerUnavailable(String message) {
    super(message);
  }
}

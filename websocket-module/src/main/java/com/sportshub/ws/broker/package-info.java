/**
 * Carries updates between nodes and numbers them: the {@link com.sportshub.ws.broker.Broker}
 * interface, its in-memory twin for a single node and its Redis (Redisson) implementation for a
 * cluster. Both run one contract test suite, so the behaviour is defined once.
 */
package com.sportshub.ws.broker;

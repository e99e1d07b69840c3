/**
 * The delivery path's figures for Prometheus (MicroProfile Metrics, application scope), named in
 * docs/operations.md.
 *
 * <p>Cheap by design, because they are bumped for every update: each metric is looked up in the
 * registry once, at start-up, and its reference kept in a field; the counters are Payara's, which
 * add to a {@code LongAdder}; nothing is allocated per update. Delivery lag is the one figure that
 * reads a clock and a histogram, so it is sampled (see {@link LagSampler}).
 */
package com.sportshub.ws.metrics;

/**
 * JMH micro-benchmarks of the hub's hot paths, on the real classes and without a container:
 * encoding an update ({@link com.sportshub.microbench.UpdateEncodingBenchmark}), handing it to a
 * channel's members ({@link com.sportshub.microbench.ChannelFanoutBenchmark}), conflating deltas
 * ({@link com.sportshub.microbench.ConflationBenchmark}) and the odds consensus ({@link
 * com.sportshub.microbench.ConsensusBenchmark}). The payloads are fixtures of the wire shapes in
 * docs/protocol.md, at realistic sizes. Each benchmark's {@code @Setup} checks that it measures
 * what it says (every member reached, every element merged) and fails the run otherwise, since the
 * test suite only compiles this module. Run: {@code java -jar
 * micro-benchmarks/target/benchmarks.jar}; results in docs/benchmarks.md.
 */
package com.sportshub.microbench;

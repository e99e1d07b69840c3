package com.sportshub.microbench;

import com.sportshub.odds.control.pricing.Consensus;
import com.sportshub.odds.control.pricing.ConsensusLine;
import com.sportshub.odds.control.pricing.MarginMethod;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The consensus of one market line: {@link Consensus#of(Map, MarginMethod)} over a football match's
 * head-to-head books (3 outcomes) at 4 and 10 bookmakers, for each way of removing the margin.
 * Best, average, median and the arbitrage check are the same for every method; the fair price
 * differs (Power and Shin solve for their parameter by bisection, once per complete book).
 *
 * <p>The odds context computes this for every line a feed write touches, inside the write's
 * transaction ({@code EventConsensus}, which is CDI-managed and also reads steam history, so the
 * pure calculation it calls is measured here). It sets how many price changes a second one core can
 * price.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConsensusBenchmark {

  @Param({"4", "10"})
  int bookmakers;

  @Param({"MULTIPLICATIVE", "ADDITIVE", "POWER", "SHIN"})
  MarginMethod method;

  private Map<String, Map<String, BigDecimal>> books;

  @Setup
  public void prepare() {
    books = BookFixture.h2h(bookmakers, 0);
    ConsensusLine line = Consensus.of(books, method);
    if (line.outcomes().size() != 3 || line.outcomes().get(0).bookmakers() != bookmakers) {
      throw new IllegalStateException("not a whole market: " + line);
    }
  }

  @Benchmark
  public ConsensusLine consensusOfOneLine() {
    return Consensus.of(books, method);
  }
}

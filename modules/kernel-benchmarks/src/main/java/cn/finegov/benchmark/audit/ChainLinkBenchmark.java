package cn.finegov.benchmark.audit;

import cn.finegov.kernel.domain.model.audit.AuditChain;
import cn.finegov.kernel.domain.model.audit.EntryContent;
import cn.finegov.kernel.domain.model.audit.HashAlgorithm;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU cost of one link: canonical form plus hash, for a typical entry (about 300 bytes).
 *
 * <pre>java -jar modules/kernel-benchmarks/target/benchmarks.jar ChainLinkBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChainLinkBenchmark {

  @Param({"SM3", "SHA-256"})
  public String algorithm;

  private HashAlgorithm function;
  private EntryContent entry;
  private String previous;
  private long seq;

  @org.openjdk.jmh.annotations.Setup
  public void setUp() {
    function = HashAlgorithm.find(algorithm).orElseThrow();
    entry = AuditChainLoad.sampleContent(123_456L, Instant.parse("2026-03-02T01:02:03.456789Z"));
    previous = AuditChain.link(AuditChain.GENESIS, 1, function, entry);
  }

  @Benchmark
  public String link() {
    return AuditChain.link(previous, ++seq, function, entry);
  }
}

package org.accountability.benchmarks;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The heap a framework keeps, per entity, against the plain records of the same data: each is read
 * from the same library JSON, and the heap in use after a full collection is taken before and
 * after. Run it with a heap large enough for the size:
 *
 * <pre>{@code
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.accountability.benchmarks.HeapFootprint 100000
 * }</pre>
 */
public final class HeapFootprint {
  private HeapFootprint() {}

  /**
   * Prints the retained heap per entity of the library's framework and of the plain records.
   *
   * @param args the number of entities (a multiple of 100; 100000 if none)
   * @throws InterruptedException if interrupted while the collector settles
   */
  public static void main(String[] args) throws InterruptedException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    byte[] bytes = Fixture.of(size).documentBytes();
    long library = retained(() -> Fixture.JSON.read(new ByteArrayInputStream(bytes)));
    long plain = retained(() -> Plain.DOCUMENT_READER.readValue(bytes));
    System.out.printf(
        Locale.ROOT,
        "entities: %d (document: %.1f MB of JSON)%n"
            + "library framework: %.1f MB, %d bytes per entity%n"
            + "plain records:     %.1f MB, %d bytes per entity%n"
            + "library / plain:   %.2f%n",
        size,
        bytes.length / 1e6,
        library / 1e6,
        library / size,
        plain / 1e6,
        plain / size,
        (double) library / plain);
  }

  /** The heap that what the supplier makes keeps, after full collections. */
  private static long retained(Supplier<Object> make) throws InterruptedException {
    long base = usedAfterGc();
    Object kept = make.get();
    try {
      return usedAfterGc() - base;
    } finally {
      Reference.reachabilityFence(kept);
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

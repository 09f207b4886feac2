package org.accountability.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.OversightBody;

/**
 * The streaming check: a JSON Lines export of a million entities is read with {@code readJsonLines}
 * in a JVM of 256 MB of heap, which could not hold the framework. This JVM writes the file with the
 * library (if it is not there yet), then starts the reading JVM and reports what it read, how long
 * it took and the most heap it used.
 *
 * <pre>{@code
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar org.accountability.benchmarks.StreamingCheck
 * }</pre>
 *
 * <p>Arguments: the number of entities (1000000 if none) and the file ({@code
 * target/streaming-ENTITIES.jsonl} if none).
 */
public final class StreamingCheck {
  /** The reading JVM's heap. */
  public static final String READER_HEAP = "-Xmx256m";

  private StreamingCheck() {}

  /**
   * Writes the file if needed and reads it in a JVM of 256 MB.
   *
   * @param args the number of entities and the file
   * @throws IOException if the file cannot be written
   * @throws InterruptedException if interrupted while the reader runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = Path.of(args.length > 1 ? args[1] : "target/streaming-" + size + ".jsonl");
    if (!Files.exists(file)) {
      long start = System.nanoTime();
      Fixture f = Fixture.of(size);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Fixture.JSON.writeJsonLines(f.framework, file);
      System.out.printf(
          Locale.ROOT,
          "wrote %s: %d entities, %.1f MB, in %.1f s%n",
          file,
          size,
          Files.size(file) / 1e6,
          (System.nanoTime() - start) / 1e9);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(READER_HEAP);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Read.class.getName());
    command.add(file.toString());
    System.out.println("reading it in a new JVM with " + READER_HEAP);
    Process reader = new ProcessBuilder(command).inheritIO().start();
    int exit = reader.waitFor();
    if (exit != 0) {
      System.out.println("the reader failed (exit code " + exit + ")");
      System.exit(exit);
    }
  }

  /**
   * The reading JVM: counts the entities of the file by kind, oversight actions (read within their
   * bodies' lines) included.
   */
  public static final class Read {
    private Read() {}

    /**
     * Reads the file and prints what it read.
     *
     * @param args the file
     */
    public static void main(String[] args) {
      Path file = Path.of(args[0]);
      long start = System.nanoTime();
      Map<String, Long> kinds = new TreeMap<>();
      long lines = 0;
      long count = 0;
      try (Stream<Entity> entities = Fixture.JSON.readJsonLines(file)) {
        for (Entity e : (Iterable<Entity>) entities::iterator) {
          lines++;
          count++;
          kinds.merge(e.entityKind().name(), 1L, Long::sum);
          if (e instanceof OversightBody body) {
            count += body.actions().size();
            kinds.merge(
                EntityKind.OVERSIGHT_ACTION.name(), (long) body.actions().size(), Long::sum);
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "read %d entities from %d lines (%s) in %.1f s, %.0f entities/s; max heap %d MB, peak"
              + " heap used %.0f MB%n",
          count,
          lines,
          kinds,
          seconds,
          count / seconds,
          Runtime.getRuntime().maxMemory() / (1024 * 1024),
          peak / (1024.0 * 1024));
    }
  }
}

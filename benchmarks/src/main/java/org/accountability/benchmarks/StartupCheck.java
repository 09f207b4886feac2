package org.accountability.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Start-up: a new JVM that loads the ICE case study and prints one answer ({@link AnswerOnce})
 * against a new JVM that prints "hello" ({@link Hello}), each started the same way from the same
 * class path, alternately, several times; the median, fastest and slowest wall-clock times of each.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.accountability.benchmarks.StartupCheck 10
 * }</pre>
 */
public final class StartupCheck {
  private StartupCheck() {}

  /**
   * Times both programs.
   *
   * @param args the number of runs of each (10 if none)
   * @throws IOException if a JVM cannot be started
   * @throws InterruptedException if interrupted while one runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    run(Hello.class);
    run(AnswerOnce.class);
    List<Double> hello = new ArrayList<>();
    List<Double> answer = new ArrayList<>();
    String printed = "";
    for (int i = 0; i < runs; i++) {
      hello.add(time(Hello.class));
      long start = System.nanoTime();
      printed = run(AnswerOnce.class);
      answer.add((System.nanoTime() - start) / 1e6);
    }
    System.out.println("the answer printed: " + printed.strip());
    report("java ... Hello     ", hello);
    report("java ... AnswerOnce", answer);
    System.out.printf(
        Locale.ROOT,
        "AnswerOnce / Hello (medians): %.2f; AnswerOnce - Hello: %.0f ms%n",
        median(answer) / median(hello),
        median(answer) - median(hello));
  }

  private static double time(Class<?> main) throws IOException, InterruptedException {
    long start = System.nanoTime();
    run(main);
    return (System.nanoTime() - start) / 1e6;
  }

  private static String run(Class<?> main) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName())
            .redirectErrorStream(true)
            .start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException(main.getName() + " failed: " + out);
    }
    return out;
  }

  private static void report(String what, List<Double> millis) {
    System.out.printf(
        Locale.ROOT,
        "%s  median %.0f ms, fastest %.0f ms, slowest %.0f ms (%d runs)%n",
        what,
        median(millis),
        millis.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        millis.stream().mapToDouble(Double::doubleValue).max().orElse(0),
        millis.size());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}

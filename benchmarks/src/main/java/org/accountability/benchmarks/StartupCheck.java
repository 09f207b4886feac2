package org.accountability.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.accountability.examples.AskTheQuestion;

/**
 * Start-up: new JVMs that print one answer against a new JVM that prints "hello" ({@link Hello}),
 * each started the same way from the same class path, in turn, several times; the median, fastest
 * and slowest wall-clock times of each, and each median over Hello's.
 *
 * <p>The programs timed: {@link AnswerOnce} (loads the ICE case study and prints one verdict) and
 * the examples' entry point, {@link AskTheQuestion} (prints the whole cited answer), each as it
 * starts plainly and with an archive of its own, written by one run and used by the others, as an
 * application embedding the library would: on JDK 25 and later an ahead-of-time cache ({@code
 * -XX:AOTCacheOutput}, then {@code -XX:AOTCache}), before it a dynamic CDS archive ({@code
 * -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}).
 *
 * <p>Given the path of {@code examples/jshell.sh} as well, it also times JShell: the script up to
 * its first answer (one verdict printed after the startup script) against a bare {@code jshell} of
 * the same JDK that only exits.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.accountability.benchmarks.StartupCheck 10 examples/jshell.sh
 * }</pre>
 */
public final class StartupCheck {
  private StartupCheck() {}

  /**
   * Times the programs.
   *
   * @param args the number of runs of each (10 if none), then, optionally, the path of {@code
   *     examples/jshell.sh}
   * @throws IOException if a process cannot be started
   * @throws InterruptedException if interrupted while one runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Path dir = Files.createTempDirectory("startup-check");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");

    List<Program> programs = new ArrayList<>();
    Program hello =
        new Program("Hello", List.of(java, "-cp", classPath, Hello.class.getName()), "hello");
    programs.add(hello);
    List<Path> made = new ArrayList<>();
    // JDK 25 and later: an ahead-of-time cache (JEP 514), which also keeps classes linked and
    // lambdas resolved; before, a dynamic CDS archive.
    boolean aot = Runtime.version().feature() >= 25;
    for (Class<?> main : List.of(AnswerOnce.class, AskTheQuestion.class)) {
      String name = main.getSimpleName();
      programs.add(new Program(name, List.of(java, "-cp", classPath, main.getName()), VERDICT));
      Path archive = dir.resolve(name + (aot ? ".aot" : ".jsa"));
      made.add(archive);
      run(
          List.of(
              java,
              (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive,
              "-cp",
              classPath,
              main.getName()));
      programs.add(
          new Program(
              name + (aot ? ", AOT cache" : ", CDS archive"),
              List.of(
                  java,
                  (aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive,
                  "-cp",
                  classPath,
                  main.getName()),
              VERDICT));
    }
    Program bareJshell = hello;
    if (args.length > 1) {
      String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
      Path exit = Files.writeString(dir.resolve("exit.jsh"), "/exit\n");
      Path answer =
          Files.writeString(
              dir.resolve("answer.jsh"),
              "System.out.println(ice.assess(Role.FIELD_OFFICE_MANAGER,"
                  + " Conduct.MISSED_QUOTA).verdict())\n/exit\n");
      made.add(exit);
      made.add(answer);
      bareJshell = new Program("jshell (bare)", List.of(jshell, exit.toString()), "");
      programs.add(bareJshell);
      programs.add(
          new Program("jshell.sh, first answer", List.of(args[1], answer.toString()), VERDICT));
    }

    System.out.println("AnswerOnce printed: " + run(programs.get(1).command).strip());
    for (Program p : programs) {
      // Once, untimed, to check what it prints and to bring its files into the page cache.
      String out = run(p.command);
      if (!out.contains(p.prints)) {
        throw new IllegalStateException(p.name + " did not print " + p.prints + ": " + out);
      }
    }
    for (int i = 0; i < runs; i++) {
      for (Program p : programs) {
        long start = System.nanoTime();
        run(p.command);
        p.millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    made.add(dir);
    for (Path file : made) {
      Files.deleteIfExists(file);
    }
    System.out.println(
        "JDK " + Runtime.version() + "; load average " + loadAverage() + " at the end");

    for (Program p : programs) {
      boolean inJshell = p.name.startsWith("jshell");
      Program base = inJshell ? bareJshell : hello;
      System.out.printf(
          Locale.ROOT,
          "%-28s median %5.0f ms, fastest %5.0f, slowest %5.0f (%d runs); %.2f x %s%n",
          p.name,
          median(p.millis),
          Collections.min(p.millis),
          Collections.max(p.millis),
          p.millis.size(),
          median(p.millis) / median(base.millis),
          base.name);
    }
  }

  /** A command timed, what it must print, and its times in milliseconds. */
  private record Program(String name, List<String> command, String prints, List<Double> millis) {
    Program(String name, List<String> command, String prints) {
      this(name, command, prints, new ArrayList<>());
    }
  }

  /** The verdict each answer gives. */
  private static final String VERDICT = "ADMINISTRATIVE_OR_POLITICAL_ONLY";

  private static String loadAverage() {
    return String.format(
        Locale.ROOT,
        "%.2f",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // examples/jshell.sh finds jshell through JAVA_HOME: the JDK of this run.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = builder.redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }

  private static java.io.File nullFile() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}

package org.accountability.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the examples write their files, and how. */
public final class Outputs {
  /**
   * The system property naming the default output directory; the {@code exec:java} executions set
   * it to the examples module's {@code target} directory.
   */
  public static final String DIRECTORY_PROPERTY = "accountability.examples.output";

  private Outputs() {}

  /**
   * The default output directory: the system property, or else {@code examples/target} relative to
   * the working directory (the repository root).
   *
   * @return the directory the examples write to by default
   */
  public static Path directory() {
    String configured = System.getProperty(DIRECTORY_PROPERTY);
    return Path.of(configured == null || configured.isBlank() ? "examples/target" : configured);
  }

  /**
   * The path given as argument {@code index}, or the default file name in the output directory.
   *
   * @param args the example's arguments
   * @param index the argument that names the file, if it is given
   * @param defaultName the file's name in the output directory otherwise
   * @return the file to write
   */
  public static Path fileArgument(List<String> args, int index, String defaultName) {
    return args.size() > index ? Path.of(args.get(index)) : directory().resolve(defaultName);
  }

  /**
   * Writes UTF-8 text to a file, creating its directory first.
   *
   * @param file the file
   * @param text its text
   * @return the file
   */
  public static Path write(Path file, String text) {
    try {
      createParent(file);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates the directory a file goes into, if it has one and it is missing.
   *
   * @param file the file
   */
  public static void createParent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      try {
        Files.createDirectories(parent);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

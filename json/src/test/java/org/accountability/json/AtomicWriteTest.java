package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writing a file replaces it atomically and safely: permissions are kept, symbolic links are
 * written through, the temporary file has the library's own name within the file name limit, stale
 * temporary files of a killed writer are swept, the file and its directory are synced, and a failed
 * write leaves the target as it was and no temporary file behind.
 */
class AtomicWriteTest {
  private static final AccountabilityFramework ICE = CaseStudies.iceDeportationQuotas();
  private static final AccountabilityJson JSON = AccountabilityJson.create();
  private static final String DOCUMENT = JSON.write(ICE);
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Pattern ICE_TEMP =
      Pattern.compile("\\.ice\\.json\\.[0-9a-f]{16}\\.accountability-tmp");

  /** Both ways of writing a framework to a file. */
  private static final List<BiConsumer<AccountabilityFramework, Path>> WRITERS =
      List.of(JSON::write, JSON::writeJsonLines);

  private static List<String> namesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    return Files.getPosixFilePermissions(file);
  }

  private static Path symbolicLink(Path link, Path target) throws IOException {
    try {
      return Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | FileSystemException e) {
      // Windows grants symbolic links only to administrators and in developer mode.
      return abort("symbolic links cannot be created here: " + e);
    }
  }

  // ------------------------------------------------------------------ permissions

  @Test
  void aNewFileGetsThePermissionsOfANormallyCreatedFile(@TempDir Path dir) throws IOException {
    assumeTrue(POSIX, "POSIX permissions");
    Set<PosixFilePermission> normal = permissions(Files.createFile(dir.resolve("normal.txt")));
    for (BiConsumer<AccountabilityFramework, Path> writer : WRITERS) {
      Path file = dir.resolve("new-" + WRITERS.indexOf(writer) + ".json");
      writer.accept(ICE, file);
      assertEquals(
          PosixFilePermissions.toString(normal),
          PosixFilePermissions.toString(permissions(file)),
          "the permissions the umask gives a new file");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r-----", "rw-rw-rw-", "r--r--r--", "rwxr-x---", "rw-------"})
  void replacingAFileKeepsItsPermissions(String mode, @TempDir Path dir) throws IOException {
    assumeTrue(POSIX, "POSIX permissions");
    for (BiConsumer<AccountabilityFramework, Path> writer : WRITERS) {
      Path file = dir.resolve("existing-" + WRITERS.indexOf(writer) + ".json");
      Files.writeString(file, "previous content");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
      writer.accept(ICE, file);
      assertEquals(mode, PosixFilePermissions.toString(permissions(file)));
      assertNotEquals("previous content", Files.readString(file), "the file was replaced");
    }
  }

  @Test
  void theTemporaryFileIsNeverMoreOpenThanTheFileItReplaces(@TempDir Path dir) throws IOException {
    assumeTrue(POSIX, "POSIX permissions");
    Path file = dir.resolve("ice.json");
    Files.writeString(file, "secret");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    RecordingFileSystem fs = new RecordingFileSystem(FileSystems.getDefault());
    fs.failWhen(
        event -> {
          if (event.startsWith("write ")) {
            Path temp = Path.of(event.substring("write ".length()));
            try {
              assertEquals("rw-------", PosixFilePermissions.toString(permissions(temp)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return false;
        });
    JSON.write(ICE, fs.wrap(file));
    assertEquals(DOCUMENT, Files.readString(file));
  }

  // ------------------------------------------------------------------ symbolic links

  @Test
  void writingToASymbolicLinkReplacesItsTargetAndKeepsTheLink(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Path real = Files.writeString(dir.resolve("data/ice.json"), "previous content");
    Path link = symbolicLink(dir.resolve("ice.json"), Path.of("data/ice.json"));
    Path linkToLink = symbolicLink(dir.resolve("latest.json"), Path.of("ice.json"));

    JSON.write(ICE, link);
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals(Path.of("data/ice.json"), Files.readSymbolicLink(link));
    assertEquals(DOCUMENT, Files.readString(real));

    JSON.writeJsonLines(ICE, linkToLink);
    assertTrue(Files.isSymbolicLink(linkToLink), "a chain of links stays in place");
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(real).startsWith("{\"type\":\"FRAMEWORK\""));
    assertEquals(List.of("ice.json"), namesIn(dir.resolve("data")), "no temporary file left");
    assertEquals(List.of("data", "ice.json", "latest.json"), namesIn(dir));
  }

  @Test
  void replacingThroughALinkKeepsTheTargetsPermissions(@TempDir Path dir) throws IOException {
    assumeTrue(POSIX, "POSIX permissions");
    Path real = Files.writeString(dir.resolve("real.json"), "previous content");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path link = symbolicLink(dir.resolve("ice.json"), real);
    JSON.write(ICE, link);
    assertEquals("rw-r-----", PosixFilePermissions.toString(permissions(real)));
    assertEquals(DOCUMENT, Files.readString(real));
  }

  @Test
  void aDanglingSymbolicLinkIsWrittenThroughToCreateItsTarget(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Path link = symbolicLink(dir.resolve("ice.json"), Path.of("data/ice.json"));
    Path linkToLink = symbolicLink(dir.resolve("latest.json"), Path.of("ice.json"));
    assertFalse(Files.exists(link));

    JSON.write(ICE, linkToLink);
    assertTrue(Files.isSymbolicLink(linkToLink));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(DOCUMENT, Files.readString(dir.resolve("data/ice.json")));
    assertTrue(Files.isRegularFile(dir.resolve("data/ice.json"), LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aLoopOfSymbolicLinksIsAnIoErrorAndLeavesTheLinks(@TempDir Path dir) throws IOException {
    Path a = symbolicLink(dir.resolve("a.json"), Path.of("b.json"));
    Path b = symbolicLink(dir.resolve("b.json"), Path.of("a.json"));
    assertThrows(UncheckedIOException.class, () -> JSON.write(ICE, a));
    assertEquals(Path.of("b.json"), Files.readSymbolicLink(a));
    assertEquals(Path.of("a.json"), Files.readSymbolicLink(b));
    assertEquals(List.of("a.json", "b.json"), namesIn(dir));
  }

  // ------------------------------------------------------------------ temporary files

  @Test
  void theTemporaryFileHasTheLibrarysOwnNameBesideTheTarget(@TempDir Path dir) throws IOException {
    RecordingFileSystem fs = new RecordingFileSystem(FileSystems.getDefault());
    Path file = dir.resolve("ice.json");
    JSON.write(ICE, fs.wrap(file));
    Path temp = temporaryFileOf(fs.events());
    assertEquals(dir, temp.getParent());
    assertTrue(
        ICE_TEMP.matcher(temp.getFileName().toString()).matches(), temp.getFileName().toString());
  }

  private static Path temporaryFileOf(List<String> events) {
    String move =
        events.stream()
            .filter(e -> e.startsWith("move "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no move in " + events));
    return Path.of(move.substring("move ".length(), move.indexOf(" -> ")));
  }

  @Test
  void staleTemporaryFilesOfTheTargetAreSwept(@TempDir Path dir) throws IOException {
    Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
    Path stale = touch(dir.resolve(".ice.json.0123456789abcdef.accountability-tmp"), twoHoursAgo);
    Path staleToo =
        touch(dir.resolve(".ice.json.fedcba9876543210.accountability-tmp"), twoHoursAgo);
    List<String> kept =
        List.of(
            // fresh: perhaps another writer's, at work now
            ".ice.json.00000000000000aa.accountability-tmp",
            // another target's
            ".ice.jsonl.0123456789abcdef.accountability-tmp",
            ".ce.json.0123456789abcdef.accountability-tmp",
            // not the library's pattern
            ".ice.json.0123456789ABCDEF.accountability-tmp",
            ".ice.json.0123456789abcde.accountability-tmp",
            ".ice.json.0123456789abcdef.accountability-tmp~",
            "ice.json.0123456789abcdef.accountability-tmp",
            ".ice.json.tmp",
            ".ice.json1234567890.tmp",
            "ice.json.bak");
    for (String name : kept) {
      touch(dir.resolve(name), name.contains("00000000000000aa") ? Instant.now() : twoHoursAgo);
    }
    Path staleDirectory = dir.resolve(".ice.json.1111111111111111.accountability-tmp");
    Files.createDirectories(staleDirectory);
    Files.setLastModifiedTime(staleDirectory, FileTime.from(twoHoursAgo));

    JSON.write(ICE, dir.resolve("ice.json"));

    assertFalse(Files.exists(stale));
    assertFalse(Files.exists(staleToo));
    List<String> expected =
        Stream.concat(kept.stream(), Stream.of("ice.json", staleDirectory.getFileName().toString()))
            .sorted()
            .collect(Collectors.toList());
    assertEquals(expected, namesIn(dir), "only the target's own stale temporary files go");
  }

  @Test
  void aStaleTemporaryFileOfALongNameIsSwept(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a".repeat(245) + ".json");
    RecordingFileSystem fs = new RecordingFileSystem(FileSystems.getDefault());
    JSON.write(ICE, fs.wrap(file));
    String temp = temporaryFileOf(fs.events()).getFileName().toString();
    String random = temp.substring(temp.length() - ".0123456789abcdef.accountability-tmp".length());
    Path stale =
        touch(
            dir.resolve(temp.replace(random, ".0123456789abcdef.accountability-tmp")),
            Instant.now().minus(Duration.ofHours(2)));
    JSON.write(ICE, file);
    assertFalse(Files.exists(stale));
    assertEquals(List.of(file.getFileName().toString()), namesIn(dir));
  }

  private static Path touch(Path file, Instant modified) throws IOException {
    Files.writeString(file, "left by a killed writer");
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  // ------------------------------------------------------------------ long names

  @ParameterizedTest
  @ValueSource(ints = {200, 218, 219, 230, 250, 255})
  void aFileNameNearTheLimitCanBeWritten(int length, @TempDir Path dir) throws IOException {
    String name = "n".repeat(length - ".json".length()) + ".json";
    for (BiConsumer<AccountabilityFramework, Path> writer : WRITERS) {
      Path file = dir.resolve(name);
      writer.accept(ICE, file); // creates
      writer.accept(ICE, file); // replaces
      assertEquals(List.of(name), namesIn(dir));
    }
    assertTrue(Files.readString(dir.resolve(name)).startsWith("{\"type\":\"FRAMEWORK\""));
  }

  @Test
  void aFileNameOf250BytesInMultibyteCharactersCanBeWritten(@TempDir Path dir) throws IOException {
    // 2 and 4 bytes a character in UTF-8: a shortened name must not split one.
    String name = "\u00e9".repeat(100) + "\uD83D\uDCDC".repeat(11) + "a.json";
    assertEquals(250, name.getBytes(StandardCharsets.UTF_8).length);
    Path file;
    try {
      file = dir.resolve(name);
    } catch (InvalidPathException e) {
      // A JVM whose file name encoding is not UTF-8 cannot name the file at all.
      file = abort("the platform cannot name a file so: " + e);
    }
    RecordingFileSystem fs = new RecordingFileSystem(FileSystems.getDefault());
    JSON.write(ICE, fs.wrap(file));
    assertEquals(DOCUMENT, Files.readString(file));
    String temp = temporaryFileOf(fs.events()).getFileName().toString();
    assertTrue(temp.getBytes(StandardCharsets.UTF_8).length <= 255, temp);
    assertTrue(temp.endsWith(".accountability-tmp"), temp);
    assertEquals(List.of(name), namesIn(dir));
  }

  // ------------------------------------------------------------------ durability

  @Test
  void theFileIsSyncedBeforeTheMoveAndTheDirectoryAfter(@TempDir Path dir) throws IOException {
    RecordingFileSystem fs = new RecordingFileSystem(FileSystems.getDefault());
    Path file = dir.resolve("ice.json");
    JSON.writeJsonLines(ICE, fs.wrap(file));
    List<String> events = fs.events();
    Path temp = temporaryFileOf(events);
    String move = "move " + temp + " -> " + file;
    assertTrue(events.indexOf("force " + temp) >= 0, events.toString());
    assertTrue(events.indexOf("force " + temp) < events.indexOf(move), events.toString());
    assertTrue(events.lastIndexOf("force " + dir) > events.indexOf(move), events.toString());
  }

  @Test
  void aDirectoryThatCannotBeSyncedDoesNotFailTheWrite(@TempDir Path dir) throws IOException {
    // Windows, for one, cannot open a directory as a file channel.
    for (String failing : List.of("open " + dir, "force " + dir)) {
      RecordingFileSystem fs = new RecordingFileSystem(FileSystems.getDefault());
      fs.failWhen(failing::equals);
      Path file = dir.resolve("ice.json");
      Files.deleteIfExists(file);
      JSON.write(ICE, fs.wrap(file));
      assertEquals(DOCUMENT, Files.readString(file));
      assertEquals(List.of("ice.json"), namesIn(dir));
    }
  }

  // ------------------------------------------------------------------ failures

  @ParameterizedTest
  @ValueSource(strings = {"open ", "write ", "force ", "move "})
  void aFailedStepLeavesTheTargetAsItWasAndNoTemporaryFile(String step, @TempDir Path dir)
      throws IOException {
    for (BiConsumer<AccountabilityFramework, Path> writer : WRITERS) {
      Path file = Files.writeString(dir.resolve("ice.json"), "previous content");
      RecordingFileSystem fs = new RecordingFileSystem(FileSystems.getDefault());
      fs.failWhen(event -> event.startsWith(step + dir.resolve(".ice.json.")));
      UncheckedIOException e =
          assertThrows(UncheckedIOException.class, () -> writer.accept(ICE, fs.wrap(file)));
      assertTrue(String.valueOf(e.getCause()).contains("injected failure: " + step), e.toString());
      assertEquals("previous content", Files.readString(file));
      assertEquals(List.of("ice.json"), namesIn(dir), "no temporary file left");
    }
  }

  @Test
  void aFailedWriteThroughALinkLeavesTheLinkAndItsTarget(@TempDir Path dir) throws IOException {
    Path real = Files.writeString(dir.resolve("real.json"), "previous content");
    Path link = symbolicLink(dir.resolve("ice.json"), Path.of("real.json"));
    RecordingFileSystem fs = new RecordingFileSystem(FileSystems.getDefault());
    fs.failWhen(event -> event.startsWith("move "));
    assertThrows(UncheckedIOException.class, () -> JSON.write(ICE, fs.wrap(link)));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("previous content", Files.readString(real));
    assertEquals(List.of("ice.json", "real.json"), namesIn(dir));
  }
}

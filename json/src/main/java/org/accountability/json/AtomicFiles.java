package org.accountability.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replaces a file atomically: the content goes to a temporary file beside the target, which is
 * synced and then moved over the target in one step, after which the directory is synced.
 *
 * <ul>
 *   <li>A replaced file keeps its POSIX permissions; a new file gets those of any newly created
 *       file (the umask's).
 *   <li>A symbolic link is written through: its final target is replaced (or, for a dangling link,
 *       created) and the link stays.
 *   <li>The temporary file is named {@code .<name>.<16 hex digits>.accountability-tmp}, its name
 *       part shortened (a prefix and a hash of the name) so that the whole stays within 255 bytes.
 *       Such files of the same target older than {@link #STALE_AFTER}, left by a writer that was
 *       killed, are deleted by the next write; nothing else is.
 *   <li>If anything fails the target is left as it was and the temporary file is removed.
 * </ul>
 */
final class AtomicFiles {
  /** How old a temporary file of the library must be, by last-modified time, to be swept. */
  private static final Duration STALE_AFTER = Duration.ofHours(1);

  /** How every temporary file of the library ends. */
  private static final String TEMP_SUFFIX = ".accountability-tmp";

  /** The longest file name, in bytes, that common file systems allow. */
  private static final int NAME_MAX_BYTES = 255;

  private static final int RANDOM_DIGITS = 16;
  private static final int HASH_DIGITS = 16;

  /** The longest name part: the name stays within the limit with its dots, digits and suffix. */
  private static final int MAX_NAME_PART_BYTES =
      NAME_MAX_BYTES - ".".length() - ".".length() - RANDOM_DIGITS - TEMP_SUFFIX.length();

  /** The most symbolic links followed to reach a dangling link's target, as Linux does. */
  private static final int MAX_LINKS = 40;

  private static final int CREATE_ATTEMPTS = 10;

  private static final HexFormat HEX = HexFormat.of();
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** What to write into the temporary file. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes the content to the file atomically.
   *
   * @throws UncheckedIOException if the file cannot be written; the target is then left as it was
   */
  static void write(Path file, Content content) {
    try {
      writeOrThrow(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeOrThrow(Path file, Content content) throws IOException {
    Path target = followLinks(file.toAbsolutePath());
    Path dir = target.getParent();
    Path name = target.getFileName();
    if (dir == null || name == null) {
      throw new FileSystemException(file.toString(), null, "not a file name");
    }
    String prefix = "." + tempNamePart(name.toString()) + ".";
    sweepStaleTemps(dir, prefix);

    Set<PosixFilePermission> kept = permissionsOf(target);
    Path temp = null;
    try {
      Temp created = createTemp(dir, prefix, kept);
      temp = created.path();
      try (FileChannel channel = created.channel()) {
        // The stream only passes bytes on to the channel, which the block closes.
        content.writeTo(Channels.newOutputStream(channel));
        if (kept != null) {
          Files.setPosixFilePermissions(temp, kept);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException suppressed) {
          // the write already failed, and that failure is the one to report; a later write
          // sweeps the file once it is stale
        }
      }
    }
    syncDirectory(dir);
  }

  /**
   * The file a write to the path replaces: the path itself, or for a symbolic link its final
   * target, which for a dangling link is the path the last link names.
   */
  private static Path followLinks(Path path) throws IOException {
    if (!Files.isSymbolicLink(path)) {
      return path;
    }
    if (Files.exists(path)) {
      return path.toRealPath();
    }
    Path current = path;
    for (int links = 0; Files.isSymbolicLink(current); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      Path linked = Files.readSymbolicLink(current);
      Path parent = current.getParent();
      current = parent == null ? linked : parent.resolve(linked);
    }
    return current.toAbsolutePath();
  }

  /**
   * The file's name as the temporary file's name uses it: the name itself, or if that is too long a
   * prefix of it, cut between characters, then {@code ~} and a hash of the whole name.
   */
  private static String tempNamePart(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_PART_BYTES) {
      return name;
    }
    int budget = MAX_NAME_PART_BYTES - "~".length() - HASH_DIGITS;
    int end = 0;
    int bytes = 0;
    while (end < name.length()) {
      int codePoint = name.codePointAt(end);
      int size = utf8Length(codePoint);
      if (bytes + size > budget) {
        break;
      }
      bytes += size;
      end += Character.charCount(codePoint);
    }
    return name.substring(0, end) + "~" + hash(name);
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    } else if (codePoint < 0x800) {
      return 2;
    } else if (codePoint < 0x10000) {
      return 3;
    }
    return 4;
  }

  private static String hash(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HEX.formatHex(digest, 0, HASH_DIGITS / 2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Whether the file name is one of the library's temporary files with this prefix. */
  private static boolean isTempName(String fileName, String prefix) {
    if (fileName.length() != prefix.length() + RANDOM_DIGITS + TEMP_SUFFIX.length()
        || !fileName.startsWith(prefix)
        || !fileName.endsWith(TEMP_SUFFIX)) {
      return false;
    }
    for (int i = prefix.length(); i < prefix.length() + RANDOM_DIGITS; i++) {
      char c = fileName.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Deletes the target's temporary files that are regular files last modified before {@link
   * #STALE_AFTER} ago. A best effort: whatever fails is left for a later write.
   */
  private static void sweepStaleTemps(Path dir, String prefix) {
    Instant cutoff = Instant.now().minus(STALE_AFTER);
    DirectoryStream.Filter<Path> ours =
        entry -> {
          Path entryName = entry.getFileName();
          return entryName != null && isTempName(entryName.toString(), prefix);
        };
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ours)) {
      for (Path entry : entries) {
        try {
          BasicFileAttributes attributes =
              Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (attributes.isRegularFile()
              && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
            Files.deleteIfExists(entry);
          }
        } catch (IOException e) {
          // left for a later write
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // left for a later write
    }
  }

  /** The file's POSIX permissions, or null if it does not exist or the file system has none. */
  private static @Nullable Set<PosixFilePermission> permissionsOf(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return null;
    }
    try {
      return view.readAttributes().permissions();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** A temporary file just created, open for writing. */
  private record Temp(Path path, FileChannel channel) {}

  /**
   * Creates a new temporary file in the directory and opens it for writing. Given the permissions
   * of the file it replaces, it asks for them, so that the umask can only narrow them: the file is
   * never more open than the one it replaces. Otherwise it is created like any new file.
   */
  private static Temp createTemp(
      Path dir, String prefix, @Nullable Set<PosixFilePermission> permissions) throws IOException {
    FileAttribute<?>[] attributes =
        permissions == null
            ? new FileAttribute<?>[0]
            : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    Set<StandardOpenOption> options =
        EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    for (int attempt = 1; ; attempt++) {
      Path temp = dir.resolve(prefix + HEX.toHexDigits(RANDOM.nextLong()) + TEMP_SUFFIX);
      try {
        return new Temp(temp, FileChannel.open(temp, options, attributes));
      } catch (FileAlreadyExistsException e) {
        if (attempt == CREATE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * Syncs the directory, so that the move survives a crash. A best effort: some platforms, Windows
   * among them, cannot open a directory as a file channel, and by now the file is in place, so a
   * failure here is not the write's.
   */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // the file is written; only its durability across a crash is less certain
    }
  }
}

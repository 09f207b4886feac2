package org.accountability.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A file system that passes every operation to the default one and records the operations that
 * matter to an atomic write, in order: {@code open}, {@code force}, {@code move} and {@code
 * delete}, each followed by the absolute path of the default file system it acts on (for a move,
 * {@code source -> target}). An operation whose record the failure predicate accepts throws an
 * {@link IOException} instead of running, which lets a test fail a write at any step.
 */
final class RecordingFileSystem extends FileSystem {
  private final FileSystem delegate;
  private final Provider provider = new Provider();
  private final List<String> events = new ArrayList<>();
  private Predicate<String> failure = event -> false;

  RecordingFileSystem(FileSystem delegate) {
    this.delegate = requireNonNull(delegate, "delegate");
  }

  /** The path of this file system for a path of the default one. */
  Path wrap(Path path) {
    return new RecordingPath(this, path);
  }

  /** Makes every later operation whose record the predicate accepts throw an IOException. */
  void failWhen(Predicate<String> failure) {
    this.failure = requireNonNull(failure, "failure");
  }

  /** The operations recorded so far, in order. */
  List<String> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  private void record(String event) throws IOException {
    synchronized (events) {
      events.add(event);
    }
    if (failure.test(event)) {
      throw new IOException("injected failure: " + event);
    }
  }

  private static Path unwrap(Path path) {
    if (path instanceof RecordingPath recording) {
      return recording.delegate;
    }
    throw new ProviderMismatchException(path.toString());
  }

  private static String describe(Path path) {
    return unwrap(path).toAbsolutePath().toString();
  }

  @Override
  public FileSystemProvider provider() {
    return provider;
  }

  @Override
  public void close() {}

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public boolean isReadOnly() {
    return delegate.isReadOnly();
  }

  @Override
  public String getSeparator() {
    return delegate.getSeparator();
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    List<Path> roots = new ArrayList<>();
    delegate.getRootDirectories().forEach(root -> roots.add(wrap(root)));
    return roots;
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    return delegate.getFileStores();
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return delegate.supportedFileAttributeViews();
  }

  @Override
  public Path getPath(String first, String... more) {
    return wrap(delegate.getPath(first, more));
  }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    PathMatcher matcher = delegate.getPathMatcher(syntaxAndPattern);
    return path -> matcher.matches(unwrap(path));
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    return delegate.getUserPrincipalLookupService();
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException("watching");
  }

  /** A path of the recording file system: a path of the default one, wrapped. */
  private static final class RecordingPath implements Path {
    private final RecordingFileSystem fileSystem;
    private final Path delegate;

    RecordingPath(RecordingFileSystem fileSystem, Path delegate) {
      this.fileSystem = fileSystem;
      this.delegate = delegate;
    }

    private @Nullable Path wrapNullable(@Nullable Path path) {
      return path == null ? null : fileSystem.wrap(path);
    }

    @Override
    public FileSystem getFileSystem() {
      return fileSystem;
    }

    @Override
    public boolean isAbsolute() {
      return delegate.isAbsolute();
    }

    @Override
    public @Nullable Path getRoot() {
      return wrapNullable(delegate.getRoot());
    }

    @Override
    public @Nullable Path getFileName() {
      return wrapNullable(delegate.getFileName());
    }

    @Override
    public @Nullable Path getParent() {
      return wrapNullable(delegate.getParent());
    }

    @Override
    public int getNameCount() {
      return delegate.getNameCount();
    }

    @Override
    public Path getName(int index) {
      return fileSystem.wrap(delegate.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
      return fileSystem.wrap(delegate.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
      return other instanceof RecordingPath && delegate.startsWith(unwrap(other));
    }

    @Override
    public boolean endsWith(Path other) {
      return other instanceof RecordingPath && delegate.endsWith(unwrap(other));
    }

    @Override
    public Path normalize() {
      return fileSystem.wrap(delegate.normalize());
    }

    @Override
    public Path resolve(Path other) {
      return fileSystem.wrap(delegate.resolve(unwrap(other)));
    }

    @Override
    public Path relativize(Path other) {
      return fileSystem.wrap(delegate.relativize(unwrap(other)));
    }

    @Override
    public URI toUri() {
      return delegate.toUri();
    }

    @Override
    public Path toAbsolutePath() {
      return fileSystem.wrap(delegate.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
      return fileSystem.wrap(delegate.toRealPath(options));
    }

    @Override
    public WatchKey register(
        WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
      throw new UnsupportedOperationException("watching");
    }

    @Override
    public int compareTo(Path other) {
      return delegate.compareTo(unwrap(other));
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof RecordingPath path
          && path.fileSystem == fileSystem
          && path.delegate.equals(delegate);
    }

    @Override
    public int hashCode() {
      return delegate.hashCode();
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }

  /** Passes every operation to the default provider, recording and failing as asked. */
  private final class Provider extends FileSystemProvider {
    private FileSystemProvider delegateProvider() {
      return delegate.provider();
    }

    @Override
    public String getScheme() {
      return "recording";
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
      throw new UnsupportedOperationException("made by its constructor");
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
      throw new UnsupportedOperationException("made by its constructor");
    }

    @Override
    public Path getPath(URI uri) {
      throw new UnsupportedOperationException("made by its constructor");
    }

    @Override
    public SeekableByteChannel newByteChannel(
        Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
        throws IOException {
      return newFileChannel(path, options, attrs);
    }

    @Override
    public FileChannel newFileChannel(
        Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
        throws IOException {
      String name = describe(path);
      record("open " + name);
      return new RecordingChannel(
          name, delegateProvider().newFileChannel(unwrap(path), options, attrs));
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(
        Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
      DirectoryStream<Path> entries =
          delegateProvider().newDirectoryStream(unwrap(dir), entry -> filter.accept(wrap(entry)));
      return new DirectoryStream<>() {
        @Override
        public Iterator<Path> iterator() {
          Iterator<Path> it = entries.iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Path next() {
              return wrap(it.next());
            }
          };
        }

        @Override
        public void close() throws IOException {
          entries.close();
        }
      };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
      delegateProvider().createDirectory(unwrap(dir), attrs);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs)
        throws IOException {
      delegateProvider().createSymbolicLink(unwrap(link), unwrap(target), attrs);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
      return wrap(delegateProvider().readSymbolicLink(unwrap(link)));
    }

    @Override
    public void delete(Path path) throws IOException {
      record("delete " + describe(path));
      delegateProvider().delete(unwrap(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
      delegateProvider().copy(unwrap(source), unwrap(target), options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
      record("move " + describe(source) + " -> " + describe(target));
      delegateProvider().move(unwrap(source), unwrap(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
      return Files.isSameFile(unwrap(path), unwrap(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
      return Files.isHidden(unwrap(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
      return Files.getFileStore(unwrap(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
      delegateProvider().checkAccess(unwrap(path), modes);
    }

    @Override
    public <V extends FileAttributeView> @Nullable V getFileAttributeView(
        Path path, Class<V> type, LinkOption... options) {
      return delegateProvider().getFileAttributeView(unwrap(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(
        Path path, Class<A> type, LinkOption... options) throws IOException {
      return delegateProvider().readAttributes(unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
        throws IOException {
      return delegateProvider().readAttributes(unwrap(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options)
        throws IOException {
      delegateProvider().setAttribute(unwrap(path), attribute, value, options);
    }
  }

  /** A file channel that records {@code force} and fails its operations as asked. */
  private final class RecordingChannel extends FileChannel {
    private final String name;
    private final FileChannel channel;

    RecordingChannel(String name, FileChannel channel) {
      this.name = name;
      this.channel = channel;
    }

    private void maybeFail(String operation) throws IOException {
      if (failure.test(operation + " " + name)) {
        throw new IOException("injected failure: " + operation + " " + name);
      }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return channel.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
      return channel.read(dsts, offset, length);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      maybeFail("write");
      return channel.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
      maybeFail("write");
      return channel.write(srcs, offset, length);
    }

    @Override
    public long position() throws IOException {
      return channel.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      channel.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return channel.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      channel.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      record("force " + name);
      channel.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target)
        throws IOException {
      return channel.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count)
        throws IOException {
      maybeFail("write");
      return channel.transferFrom(src, position, count);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return channel.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      maybeFail("write");
      return channel.write(src, position);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
      return channel.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
      return channel.lock(position, size, shared);
    }

    @Override
    public @Nullable FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return channel.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      channel.close();
    }
  }
}

package org.accountability.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Input that keeps what it was read, so that it can be read again from its start: what was read,
 * then the rest of the input. A document is first read by {@link DirectReader}; when that declines,
 * the located reader reads the same input again, so that reading a stream once costs a copy of what
 * was read until the read ends, and never a second read of the stream.
 */
final class Recording {
  private static final int CHUNK = 1 << 16;

  private Recording() {}

  /** Bytes read from a stream, kept in chunks as they are read. */
  static final class Bytes extends InputStream {
    private final InputStream in;
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;

    Bytes(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      for (int done = 0; done < n; ) {
        if (used == current.length) {
          chunks.add(current);
          current = new byte[CHUNK];
          used = 0;
        }
        int copy = Math.min(n - done, current.length - used);
        System.arraycopy(b, off + done, current, used, copy);
        used += copy;
        done += copy;
      }
      return n;
    }

    /** The bytes read so far, then the rest of the stream; this recording is left empty. */
    InputStream replay() {
      List<byte[]> all = new ArrayList<>(chunks);
      all.add(java.util.Arrays.copyOf(current, used));
      chunks.clear();
      current = new byte[0];
      used = 0;
      return new InputStream() {
        private int chunk;
        private int at;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          int n = read(one, 0, 1);
          return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          while (chunk < all.size()) {
            byte[] c = all.get(chunk);
            if (at < c.length) {
              int n = Math.min(len, c.length - at);
              System.arraycopy(c, at, b, off, n);
              at += n;
              return n;
            }
            // A chunk replayed is let go, so that the copy shrinks as the input is read again.
            all.set(chunk, new byte[0]);
            chunk++;
            at = 0;
          }
          return in.read(b, off, len);
        }
      };
    }
  }

  /** Characters read from a reader, kept in chunks as they are read. */
  static final class Chars extends Reader {
    private final Reader in;
    private final List<char[]> chunks = new ArrayList<>();
    private char[] current = new char[CHUNK];
    private int used;

    Chars(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      for (int done = 0; done < n; ) {
        if (used == current.length) {
          chunks.add(current);
          current = new char[CHUNK];
          used = 0;
        }
        int copy = Math.min(n - done, current.length - used);
        System.arraycopy(b, off + done, current, used, copy);
        used += copy;
        done += copy;
      }
      return n;
    }

    /** The characters read so far, then the rest of the reader; this recording is left empty. */
    Reader replay() {
      List<char[]> all = new ArrayList<>(chunks);
      all.add(java.util.Arrays.copyOf(current, used));
      chunks.clear();
      current = new char[0];
      used = 0;
      return new Reader() {
        private int chunk;
        private int at;

        @Override
        public int read(char[] b, int off, int len) throws IOException {
          while (chunk < all.size()) {
            char[] c = all.get(chunk);
            if (at < c.length) {
              int n = Math.min(len, c.length - at);
              System.arraycopy(c, at, b, off, n);
              at += n;
              return n;
            }
            all.set(chunk, new char[0]);
            chunk++;
            at = 0;
          }
          return in.read(b, off, len);
        }

        @Override
        public void close() {}
      };
    }

    /** Leaves the reader open: its owner closes it. */
    @Override
    public void close() {}
  }
}

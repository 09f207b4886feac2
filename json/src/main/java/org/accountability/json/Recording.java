package org.accountability.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Input that keeps what was read of it, so that it can be read again from its start: what was read,
 * then the rest of the input. A document is first read by {@link DirectReader}; when that declines,
 * the located reader reads the same input again, so that reading a stream once costs a copy of what
 * was read until the read ends, and never a second read of the stream.
 */
final class Recording {
  /** The first chunk's size; each next one is twice as large, up to {@link #LARGEST}. */
  private static final int FIRST = 1 << 13;

  /**
   * The largest chunk: large enough that a collector such as G1 allocates it apart and never copies
   * it while it lives, as it would copy many small chunks of a large document; and, with its array
   * header, just within 4 MiB, so that it fills whole regions of G1's usual sizes.
   */
  private static final int LARGEST = (1 << 22) - 64;

  /** The size of the chunk after one of {@code size}. */
  private static int next(int size) {
    return Math.min(size * 2, LARGEST);
  }

  private Recording() {}

  /**
   * What one read of a replay gives: the {@code copied} units replayed, then what one read of the
   * input gave ({@code -1} at its end). A read is filled as far as the input fills it, so that the
   * input is read again in the pieces it was first read in, and a reader that counts what it has
   * read (as the parser's document-length limit does) counts the same.
   */
  private static int rest(int copied, int read) {
    if (read < 0) {
      return copied == 0 ? -1 : copied;
    }
    return copied + read;
  }

  /**
   * Bytes read from a stream, kept in chunks as they are read, and checked as they are read to be
   * UTF-8 that holds no NUL: well formed as the JDK's decoder requires (no overlong form, no
   * surrogate, nothing above U+10FFFF), so that a parser reading the bytes as UTF-8 reads what the
   * strict reader of {@link Inputs#utf8} reads. A NUL is not JSON outside a string nor inside one,
   * and it is how UTF-16 and UTF-32 text, which a parser of bytes would detect, begins.
   */
  static final class Bytes extends InputStream {
    private final InputStream in;
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current = new byte[FIRST];
    private int used;

    /** Continuation bytes still expected, and the range the next one must be in. */
    private int expected;

    private int low = 0x80;
    private int high = 0xBF;
    private boolean valid = true;

    /** Whether the bytes are kept, to be read again; else they are only checked. */
    private final boolean keep;

    /** A recording that keeps the bytes read and checks them. */
    Bytes(InputStream in) {
      this(in, true);
    }

    /** A recording that checks the bytes read, and keeps them only when {@code keep} is true. */
    Bytes(InputStream in, boolean keep) {
      this.in = in;
      this.keep = keep;
    }

    /** Whether every byte read so far was such UTF-8, and no character was left unfinished. */
    boolean wasUtf8() {
      return valid && expected == 0;
    }

    private void check(byte[] b, int off, int n) {
      int end = off + n;
      for (int i = off; i < end && valid; i++) {
        if (expected == 0) {
          // ASCII other than NUL, most of a document, in a loop of its own.
          i = Inputs.asciiRunAbove(b, i, end, 0);
          if (i == end) {
            return;
          }
        }
        int c = b[i] & 0xff;
        if (expected > 0) {
          if (c < low || c > high) {
            valid = false;
          }
          expected--;
          low = 0x80;
          high = 0xBF;
        } else if (c >= 0xC2 && c <= 0xDF) {
          expected = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
          expected = 2;
          low = c == 0xE0 ? 0xA0 : 0x80;
          high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
          expected = 3;
          low = c == 0xF0 ? 0x90 : 0x80;
          high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
          valid = false;
        }
      }
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
      if (n > 0) {
        check(b, off, n);
      }
      for (int done = keep ? 0 : n; done < n; ) {
        if (used == current.length) {
          chunks.add(current);
          current = new byte[next(current.length)];
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
      if (!keep) {
        throw new IllegalStateException("a recording that kept nothing cannot be read again");
      }
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
          int copied = 0;
          while (copied < len && chunk < all.size()) {
            byte[] c = all.get(chunk);
            int n = Math.min(len - copied, c.length - at);
            System.arraycopy(c, at, b, off + copied, n);
            at += n;
            copied += n;
            if (at == c.length) {
              // A chunk replayed is let go, so that the copy shrinks as the input is read again.
              all.set(chunk, new byte[0]);
              chunk++;
              at = 0;
            }
          }
          return rest(copied, copied < len ? in.read(b, off + copied, len - copied) : 0);
        }
      };
    }
  }

  /** Characters read from a reader, kept in chunks as they are read. */
  static final class Chars extends Reader {
    private final Reader in;

    /**
     * The characters, in builders of a fixed size: a builder holds Latin-1 text in a byte each, so
     * that a document in English costs a byte a character to keep, as its bytes would.
     */
    private final List<StringBuilder> chunks = new ArrayList<>();

    Chars(Reader in) {
      this.in = in;
      chunks.add(new StringBuilder(FIRST));
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      for (int done = 0; done < n; ) {
        StringBuilder current = chunks.get(chunks.size() - 1);
        if (current.length() == current.capacity()) {
          current = new StringBuilder(next(current.capacity()));
          chunks.add(current);
        }
        int copy = Math.min(n - done, current.capacity() - current.length());
        current.append(b, off + done, copy);
        done += copy;
      }
      return n;
    }

    /** The characters read so far, then the rest of the reader; this recording is left empty. */
    Reader replay() {
      List<StringBuilder> all = new ArrayList<>(chunks);
      chunks.clear();
      return new Reader() {
        private int chunk;
        private int at;

        @Override
        public int read(char[] b, int off, int len) throws IOException {
          int copied = 0;
          while (copied < len && chunk < all.size()) {
            StringBuilder c = all.get(chunk);
            int n = Math.min(len - copied, c.length() - at);
            c.getChars(at, at + n, b, off + copied);
            at += n;
            copied += n;
            if (at == c.length()) {
              // A chunk replayed is let go, so that the copy shrinks as the input is read again.
              all.set(chunk, new StringBuilder(0));
              chunk++;
              at = 0;
            }
          }
          return rest(copied, copied < len ? in.read(b, off + copied, len - copied) : 0);
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

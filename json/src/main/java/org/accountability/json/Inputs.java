package org.accountability.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Text for the readers: bytes decoded as UTF-8 strictly, so that a byte sequence that is not UTF-8
 * stops the read where it is instead of becoming U+FFFD, and a leading byte order mark (U+FEFF)
 * skipped, as RFC 8259 allows a reader to do.
 */
final class Inputs {
  private Inputs() {}

  /** A byte array read eight bytes at a time. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The end of the run of ASCII bytes above {@code floor} (0 to 126) that starts at {@code from}:
   * the index of the first byte from there, before {@code stop}, that is {@code floor} or below or
   * is not ASCII, else {@code stop}. Most of a document is such a run; it is read eight bytes at a
   * time, each eight tested at once: subtracting {@code floor + 1} from every byte borrows, setting
   * the byte's high bit, only from a byte at or below the floor, and a byte beyond ASCII has its
   * high bit set already.
   */
  static int asciiRunAbove(byte[] bytes, int from, int stop, int floor) {
    long low = ONES * (floor + 1);
    int i = from;
    while (i <= stop - 8) {
      long eight = (long) LONGS.get(bytes, i);
      if ((((eight - low) | eight) & HIGH_BITS) != 0) {
        break;
      }
      i += 8;
    }
    while (i < stop && bytes[i] > floor) {
      i++;
    }
    return i;
  }

  /**
   * A reader of UTF-8 bytes that refuses invalid ones: the characters before them are read, then
   * the read that reaches them throws {@link InvalidEncodingException}, with their place.
   */
  static Reader utf8(InputStream in) {
    return new StrictUtf8Reader(in);
  }

  /** A reader that skips a byte order mark at the start of the text. */
  static Reader withoutBom(Reader in) {
    return in instanceof StrictUtf8Reader ? in : new BomSkippingReader(in);
  }

  /** The invalid encoding a read failed on, if that is why it failed. */
  static @Nullable InvalidEncodingException invalidEncoding(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidEncodingException e) {
        return e;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * Bytes that are not UTF-8, where they are: an {@link IOException}, so that it passes through a
   * parser reading the text.
   */
  static final class InvalidEncodingException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The line and column of the character the bytes would have been, 1-based. */
    final int line;

    final int column;

    InvalidEncodingException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  /** A decoder of UTF-8 that reports the bytes that are not UTF-8. */
  static CharsetDecoder strictDecoder() {
    return UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * What a reader is told of bytes that are not UTF-8.
   *
   * @param bytes the input, positioned at the first invalid byte
   * @param length how many bytes the decoder found invalid
   * @param atTheEnd whether they end the input, a character cut short
   * @param offset the first invalid byte's offset in the input
   */
  static String notUtf8(ByteBuffer bytes, int length, boolean atTheEnd, long offset) {
    StringBuilder invalid = new StringBuilder();
    for (int i = 0; i < length && i < 4; i++) {
      invalid
          .append(i == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "0x%02x", bytes.get(bytes.position() + i) & 0xff));
    }
    String what =
        atTheEnd
            ? "the input ends inside a character: " + (length == 1 ? "byte " : "bytes ")
            : "invalid " + (length == 1 ? "byte " : "bytes ");
    return "the input is not valid UTF-8: "
        + what
        + invalid
        + " at byte offset "
        + offset
        + "; to read text in another encoding, pass a Reader";
  }

  /** Decodes UTF-8 with a decoder that reports what is malformed, keeping count of where it is. */
  private static final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = strictDecoder();

    /** Bytes read and not yet decoded, ready to be read from. */
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();

    /** Characters decoded and not yet returned, ready to be read from. */
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();

    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    private @Nullable InvalidEncodingException failure;

    /** How many bytes were decoded into characters. */
    private long offset;

    /** Where the next character decoded is, counting lines as a JSON parser does. */
    private int line = 1;

    private int column = 1;
    private boolean afterCarriageReturn;

    StrictUtf8Reader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!chars.hasRemaining()) {
        InvalidEncodingException bad = failure;
        if (bad != null) {
          throw bad;
        }
        // Once flushed, the decoder has nothing more to give: every read after the end is the end.
        if (flushed || !fill()) {
          return -1;
        }
      }
      int n = Math.min(len, chars.remaining());
      chars.get(buffer, off, n);
      return n;
    }

    /**
     * Decodes what can be decoded up to the next invalid bytes, if any. What it decoded may leave
     * nothing to read (a byte order mark decoded alone, which is skipped) without the input having
     * ended.
     *
     * @return false only at the end of the input, once the decoder is flushed
     */
    private boolean fill() throws IOException {
      chars.clear();
      try {
        while (chars.position() == 0 && failure == null) {
          if (!bytes.hasRemaining() && !endOfInput) {
            readMore();
            continue;
          }
          int before = bytes.position();
          CoderResult result = decoder.decode(bytes, chars, endOfInput);
          offset += bytes.position() - before;
          if (result.isError()) {
            failure = failure(result.length());
          } else if (result.isUnderflow()) {
            if (endOfInput) {
              if (!flushed) {
                flushed = true;
                decoder.flush(chars);
              }
              break;
            }
            readMore();
          }
        }
      } finally {
        chars.flip();
        count();
      }
      return chars.hasRemaining() || failure != null || !flushed;
    }

    /** Reads more bytes after those not yet decoded (the start of a character, perhaps). */
    private void readMore() throws IOException {
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }

    /** Skips a leading byte order mark, and moves the place past the characters decoded. */
    private void count() {
      if (!started && chars.hasRemaining()) {
        started = true;
        if (chars.get(chars.position()) == '\uFEFF') {
          chars.position(chars.position() + 1);
        }
      }
      // Over the array itself: this runs for every character read. Only the characters since
      // the last line break count towards the column.
      char[] array = chars.array();
      int end = chars.arrayOffset() + chars.limit();
      int lineStart = chars.arrayOffset() + chars.position();
      for (int i = lineStart; i < end; i++) {
        char c = array[i];
        if (c > '\r' || (c != '\n' && c != '\r')) {
          continue;
        }
        column += i - lineStart;
        if (c == '\n') {
          if (!afterCarriageReturn || i > lineStart) {
            line++;
          }
        } else {
          line++;
        }
        column = 1;
        afterCarriageReturn = c == '\r';
        lineStart = i + 1;
      }
      if (lineStart < end) {
        column += end - lineStart;
        afterCarriageReturn = false;
      }
    }

    /** The failure for {@code length} invalid bytes at the start of those not yet decoded. */
    private InvalidEncodingException failure(int length) {
      // The place is after the characters decoded before the invalid bytes, counted once the
      // buffer is flipped; count them now, on a copy, to know it.
      CharBuffer before = chars.duplicate().flip();
      int l = line;
      int c = column;
      boolean cr = afterCarriageReturn;
      for (int i = started ? 0 : skipBom(before); i < before.limit(); i++) {
        char ch = before.get(i);
        if (ch == '\n') {
          if (!cr) {
            l++;
          }
          c = 1;
        } else if (ch == '\r') {
          l++;
          c = 1;
        } else {
          c++;
        }
        cr = ch == '\r';
      }
      return new InvalidEncodingException(
          notUtf8(bytes, length, endOfInput && bytes.position() + length >= bytes.limit(), offset),
          l,
          c);
    }

    private static int skipBom(CharBuffer chars) {
      return chars.hasRemaining() && chars.get(0) == '\uFEFF' ? 1 : 0;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Skips a byte order mark at the start of a reader's text. */
  private static final class BomSkippingReader extends FilterReader {
    private boolean started;

    BomSkippingReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
      if (!started && len > 0) {
        started = true;
        int first = in.read();
        if (first < 0) {
          return -1;
        }
        if (first != '\uFEFF') {
          buffer[off] = (char) first;
          return 1;
        }
      }
      return in.read(buffer, off, len);
    }
  }
}

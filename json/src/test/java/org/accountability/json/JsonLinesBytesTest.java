package org.accountability.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.accountability.model.Entity;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * A JSON Lines stream of bytes is read line by line from its bytes; what it reads, and every
 * problem it finds, must be what the same bytes give when decoded strictly as UTF-8 first and read
 * as text, which is how such a stream used to be read and how a {@code Reader} is read.
 */
class JsonLinesBytesTest {
  private static final AccountabilityJson JSON = AccountabilityJson.create();

  /** Bytes that make lines, characters, and the encoding's edge cases, inserted at random. */
  private static final List<byte[]> INSERTS =
      List.of(
          bytes(0x0a),
          bytes(0x0d),
          bytes(0x0d, 0x0a),
          bytes(0x00),
          bytes(0x20),
          bytes(0x1c),
          bytes(0xef, 0xbb, 0xbf),
          bytes(0xc3, 0xa9),
          bytes(0xe2, 0x80, 0x9c),
          bytes(0xe3, 0x80, 0x80),
          bytes(0xf0, 0x9f, 0x98, 0x80),
          bytes(0xc0, 0xaf),
          bytes(0xc3),
          bytes(0xe2, 0x82),
          bytes(0xed, 0xa0, 0x80),
          bytes(0xf4, 0x90, 0x80, 0x80),
          bytes(0xff),
          bytes(0x80),
          "{".getBytes(UTF_8),
          "\"".getBytes(UTF_8),
          "}".getBytes(UTF_8));

  @Test
  void theLengthOfEachSequenceIsWhatTheJdkDecoderDecodes() {
    CharsetDecoder decoder = Inputs.strictDecoder();
    int[] tails = {0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff};
    byte[] b = new byte[4];
    int checked = 0;
    for (int b0 = 0x80; b0 <= 0xff; b0++) {
      for (int b1 = 0; b1 <= 0xff; b1++) {
        for (int b2 : tails) {
          for (int b3 : tails) {
            b[0] = (byte) b0;
            b[1] = (byte) b1;
            b[2] = (byte) b2;
            b[3] = (byte) b3;
            for (int end = 1; end <= 4; end++) {
              assertEquals(
                  decoded(decoder, b, end),
                  JsonLines.ByteLines.sequenceLength(b, 0, end),
                  () -> String.format("%02x %02x %02x %02x", b[0], b[1], b[2], b[3]));
              checked++;
            }
          }
        }
      }
    }
    assertEquals(128 * 256 * tails.length * tails.length * 4, checked);
  }

  /**
   * How many of the first {@code end} bytes the decoder reads as one code point, or 0: room for one
   * character first, then for the two of a surrogate pair, which it will not write one at a time.
   */
  private static int decoded(CharsetDecoder decoder, byte[] b, int end) {
    for (int room = 1; room <= 2; room++) {
      decoder.reset();
      ByteBuffer in = ByteBuffer.wrap(b, 0, end);
      CoderResult result = decoder.decode(in, CharBuffer.allocate(room), true);
      if (in.position() > 0) {
        return in.position();
      }
      if (!result.isOverflow()) {
        return 0;
      }
    }
    throw new AssertionError("no room for one code point");
  }

  @Test
  void aStreamOfBytesIsReadAsItsStrictlyDecodedText() throws Exception {
    Random random = new Random(20261203);
    int compared = 0;
    for (long seed = 0; seed < 40; seed++) {
      byte[] stream = jsonLines(FrameworkGenerator.generate(seed));
      assertSameReading(stream, JSON);
      for (int variant = 0; variant < 25; variant++) {
        assertSameReading(mutated(stream, random), JSON);
        compared++;
      }
    }
    assertEquals(1000, compared);
  }

  @Test
  void longLinesAndTightLimitsAreReadAsText() throws Exception {
    Random random = new Random(7);
    byte[] stream = jsonLines(FrameworkGenerator.generate(3));
    String text = new String(stream, UTF_8);
    // The header, the first line, has the framework's title.
    int at = text.indexOf("\"title\":\"") + "\"title\":\"".length();
    assertTrue(at > 10 && at < text.indexOf('\n'), text);
    // A line of many thousand bytes, some of them characters of two, three and four bytes (six
    // characters in all): it crosses the buffer's first size, and the limits fall on each of them,
    // the halves of the surrogate pair too.
    String padding = "a\u00e9\u201c\uD83D\uDE00 ".repeat(3000);
    byte[] longLine = (text.substring(0, at) + padding + text.substring(at)).getBytes(UTF_8);
    assertSameReading(longLine, JSON);
    List<Integer> limits = new ArrayList<>(List.of(1, 2, 50, 8191, 8192, 8193));
    for (int d = 0; d < 6; d++) {
      limits.add(at + 600 + d);
    }
    for (int limit : limits) {
      AccountabilityJson tight = AccountabilityJson.builder().maxLineLength(limit).build();
      assertSameReading(longLine, tight);
      assertSameReading(mutated(longLine, random), tight);
    }
  }

  @Test
  void aLastLineWithoutItsEndIsReadFromBytesAndFromTheirText() throws Exception {
    byte[] stream = jsonLines(FrameworkGenerator.generate(2));
    byte[] cut = java.util.Arrays.copyOf(stream, stream.length - 1);
    long lines = new String(stream, UTF_8).lines().count();
    try (Stream<Entity> s = JSON.readJsonLines(new ByteArrayInputStream(cut))) {
      assertEquals(lines - 1, s.count(), "every line but the header");
    }
    // The strict decoder gives the end of the input again when asked once more.
    try (Stream<Entity> s = JSON.readJsonLines(Inputs.utf8(new ByteArrayInputStream(cut)))) {
      assertEquals(lines - 1, s.count(), "every line but the header");
    }
  }

  @Test
  void bytesThatAreNotUtf8AtTheEndAreWordedAsTheDecoderWordsThem() throws Exception {
    byte[] line = "{\"type\":\"CITATION\",\"title\":\"caf".getBytes(UTF_8);
    for (byte[] end :
        List.of(
            bytes(0x86),
            bytes(0xff),
            bytes(0xc0),
            bytes(0xc3),
            bytes(0xe2, 0x82),
            bytes(0xf0, 0x9f, 0x98),
            bytes(0xed, 0xa0))) {
      assertSameReading(concat(line, end), JSON);
      assertSameReading(concat(line, end, bytes(0x0a)), JSON);
    }
    // A continuation byte is invalid wherever it is; a lead byte at the end starts a character
    // that the input cuts short.
    assertEquals(
        List.of(
            "(document) (line 1, column 32): the input is not valid UTF-8: invalid byte 0x86 at"
                + " byte offset 31; to read text in another encoding, pass a Reader"),
        reading(() -> JSON.readJsonLines(new ByteArrayInputStream(concat(line, bytes(0x86)))))
            .problems());
    assertEquals(
        List.of(
            "(document) (line 1, column 32): the input is not valid UTF-8: the input ends inside a"
                + " character: byte 0xc3 at byte offset 31; to read text in another encoding, pass"
                + " a Reader"),
        reading(() -> JSON.readJsonLines(new ByteArrayInputStream(concat(line, bytes(0xc3)))))
            .problems());
  }

  @Test
  void aByteOrderMarkIsSkippedOnlyAtTheStart() throws Exception {
    byte[] stream = jsonLines(FrameworkGenerator.generate(5));
    byte[] bom = bytes(0xef, 0xbb, 0xbf);
    assertSameReading(concat(bom, stream), JSON);
    assertSameReading(concat(bom, bom, stream), JSON);
    int secondLine = new String(stream, UTF_8).indexOf('\n') + 1;
    byte[] inside = new byte[stream.length + 3];
    System.arraycopy(stream, 0, inside, 0, secondLine);
    System.arraycopy(bom, 0, inside, secondLine, 3);
    System.arraycopy(stream, secondLine, inside, secondLine + 3, stream.length - secondLine);
    assertSameReading(inside, JSON);
    assertSameReading(bom, JSON);
    assertSameReading(new byte[0], JSON);
    assertSameReading(bytes(0xef, 0xbb), JSON);
  }

  /** The same entities, and the same problems, from the bytes and from their decoded text. */
  static void assertSameReading(byte[] bytes, AccountabilityJson json) {
    Reading fromBytes = reading(() -> json.readJsonLines(new ByteArrayInputStream(bytes)));
    Reading fromText =
        reading(() -> json.readJsonLines(Inputs.utf8(new ByteArrayInputStream(bytes))));
    assertEquals(fromText, fromBytes, () -> new String(bytes, UTF_8));
    // The same from a stream that gives a few bytes a read, as a network stream may.
    int most = 1 + bytes.length % 4;
    assertEquals(
        fromText,
        reading(() -> json.readJsonLines(new Trickle(bytes, most))),
        () -> most + " bytes a read: " + new String(bytes, UTF_8));
    assertEquals(
        fromText,
        reading(() -> json.readJsonLines(Inputs.utf8(new Trickle(bytes, most)))),
        () -> "decoded " + most + " bytes a read: " + new String(bytes, UTF_8));
  }

  /** The entities read before the stream stopped, and the problems it stopped with, if any. */
  private record Reading(List<Entity> entities, List<String> problems) {}

  private static Reading reading(Supplier<Stream<Entity>> open) {
    List<Entity> entities = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Entity> s = open.get()) {
      s.forEach(entities::add);
    } catch (ValidationException e) {
      e.problems().forEach(p -> problems.add(p.toString()));
    }
    return new Reading(entities, problems);
  }

  private static byte[] jsonLines(org.accountability.framework.AccountabilityFramework f) {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(f, out);
    return out.toString().getBytes(UTF_8);
  }

  /** The stream with one to three of the inserts placed at random, or cut short at random. */
  private static byte[] mutated(byte[] stream, Random random) {
    byte[] out = stream;
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      int at = random.nextInt(out.length + 1);
      if (random.nextInt(10) == 0) {
        byte[] cut = new byte[at];
        System.arraycopy(out, 0, cut, 0, at);
        out = cut;
      } else {
        byte[] insert = INSERTS.get(random.nextInt(INSERTS.size()));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(out, 0, at);
        b.writeBytes(insert);
        b.write(out, at, out.length - at);
        out = b.toByteArray();
      }
    }
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}

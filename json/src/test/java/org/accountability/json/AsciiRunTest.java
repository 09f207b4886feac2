package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scan that both byte readers make over most of their input ({@link Inputs#asciiRunAbove}),
 * eight bytes at a time, ends where a scan of one byte at a time ends: at every byte that ends a
 * run, in every place of the eight, with the runs before it of every length and from every start.
 */
class AsciiRunTest {
  private static final int[] FLOORS = {0, '\n'};

  @Test
  void aRunEndsAtTheFirstByteAtOrBelowTheFloorOrBeyondAscii() {
    SplittableRandom random = new SplittableRandom(7);
    for (int floor : FLOORS) {
      for (int length = 0; length <= 26; length++) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
          bytes[i] = (byte) random.nextInt(floor + 1, 0x80);
        }
        for (int from = 0; from <= Math.min(length, 9); from++) {
          for (int stop = from; stop <= length; stop++) {
            assertEquals(stop, Inputs.asciiRunAbove(bytes, from, stop, floor));
          }
          for (int at = from; at < length; at++) {
            for (int b = 0; b < 256; b++) {
              byte[] withByte = Arrays.copyOf(bytes, length);
              withByte[at] = (byte) b;
              int expected = oneAtATime(withByte, from, length, floor);
              assertEquals(
                  expected,
                  Inputs.asciiRunAbove(withByte, from, length, floor),
                  "byte " + b + " at " + at + " from " + from + " of " + length);
            }
          }
        }
      }
    }
  }

  @Test
  void aRunOfRandomBytesEndsWhereAScanOfOneByteAtATimeEnds() {
    SplittableRandom random = new SplittableRandom(11);
    for (int n = 0; n < 100_000; n++) {
      int floor = FLOORS[n % 2];
      byte[] bytes = new byte[random.nextInt(1, 40)];
      for (int i = 0; i < bytes.length; i++) {
        // Mostly bytes of a run, now and then one that ends it.
        bytes[i] =
            (byte)
                (random.nextInt(16) == 0 ? random.nextInt(256) : random.nextInt(floor + 1, 0x80));
      }
      int from = random.nextInt(bytes.length + 1);
      int stop = random.nextInt(from, bytes.length + 1);
      assertEquals(
          oneAtATime(bytes, from, stop, floor),
          Inputs.asciiRunAbove(bytes, from, stop, floor),
          Arrays.toString(bytes) + " from " + from + " to " + stop);
    }
  }

  private static int oneAtATime(byte[] bytes, int from, int stop, int floor) {
    int i = from;
    while (i < stop && bytes[i] > floor) {
      i++;
    }
    return i;
  }
}

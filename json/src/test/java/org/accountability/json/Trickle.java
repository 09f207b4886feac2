package org.accountability.json;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;

/**
 * A stream of bytes that gives at most a few of them a read, as a network stream may: a reader must
 * not take a short read, or one that decodes to nothing it keeps, for the end.
 */
final class Trickle extends FilterInputStream {
  private final int most;

  /**
   * @param bytes the bytes
   * @param most how many bytes a read gives at most, 1 or more
   */
  Trickle(byte[] bytes, int most) {
    super(new ByteArrayInputStream(bytes));
    this.most = most;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return super.read(b, off, Math.min(len, most));
  }
}

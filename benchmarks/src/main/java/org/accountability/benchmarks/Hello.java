package org.accountability.benchmarks;

/** Prints "hello": the start-up cost of a JVM that does nothing else. */
public final class Hello {
  private Hello() {}

  /**
   * Prints "hello".
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}

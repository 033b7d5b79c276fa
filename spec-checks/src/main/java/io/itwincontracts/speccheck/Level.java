package io.itwincontracts.speccheck;

/** How a change weighs on clients of the released contract; the build fails on {@link #ERROR} alone. */
public enum Level {
  /** Breaks clients built against the released version: allowed only with a new major version. */
  ERROR,
  /** Compatible on the wire, but risky for strict or exhaustive clients: listed, never blocking. */
  WARN,
  /** Compatible: listed in the changelog. */
  INFO
}

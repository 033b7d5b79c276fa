package io.itwincontracts.speccheck;

import java.util.Locale;

/**
 * What users do with the generated API interfaces, which decides what a new interface method costs them: the client's
 * users call them ({@code EdfsApi}), so a new method is an addition; the server stubs' users implement them, so a new
 * method must be implemented before their server compiles again.
 */
public enum InterfaceRole {
  CALLED,
  IMPLEMENTED;

  /**
   * The role named {@code called} or {@code implemented} (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static InterfaceRole named(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("interface role '" + name + "': use called or implemented", e);
    }
  }
}

package io.itwincontracts.conformance.internal.verify;

/** Text made safe inside HTML and XML elements and attributes: both reports a person or CI reads escape it alike. */
final class Markup {
  private Markup() {}

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

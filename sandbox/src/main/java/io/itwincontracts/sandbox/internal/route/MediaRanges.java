package io.itwincontracts.sandbox.internal.route;

import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@code Accept} header read as media ranges with their qualities, and the choice of the media type an answer is
 * written in: of the route's types, the one the most specific matching range rates highest (ties: the more specific
 * range, then the route's order), as JAX-RS chooses.
 */
public final class MediaRanges {
  private static final List<Range> ANYTHING = List.of(new Range("*", "*", 1.0));

  private final List<Range> ranges;

  private MediaRanges(List<Range> ranges) {
    this.ranges = ranges;
  }

  /**
   * The ranges of an {@code Accept} header; none or an empty one accepts anything.
   *
   * @throws IllegalArgumentException when the header is not a list of media ranges
   */
  public static MediaRanges of(String accept) {
    if (accept == null || accept.isBlank()) {
      return new MediaRanges(ANYTHING);
    }
    List<Range> ranges = new ArrayList<>();
    for (String element : accept.split(",")) {
      if (element.isBlank()) {
        continue;
      }
      MediaType type = MediaType.valueOf(element.strip());
      String q = type.getParameters().get("q");
      ranges.add(new Range(lower(type.getType()), lower(type.getSubtype()), q == null ? 1.0 : quality(q)));
    }
    return new MediaRanges(ranges.isEmpty() ? ANYTHING : ranges);
  }

  /** The media type of {@code offered} to answer in, or null when these ranges accept none of them (406). */
  public String choose(List<String> offered) {
    String chosen = null;
    double bestQuality = 0;
    int bestSpecificity = -1;
    for (String type : offered) {
      MediaType candidate = MediaType.valueOf(type);
      Range range = mostSpecificMatch(lower(candidate.getType()), lower(candidate.getSubtype()));
      if (range == null || range.quality() <= 0) {
        continue;
      }
      if (range.quality() > bestQuality || (range.quality() == bestQuality && range.specificity() > bestSpecificity)) {
        chosen = type;
        bestQuality = range.quality();
        bestSpecificity = range.specificity();
      }
    }
    return chosen;
  }

  /**
   * Whether a {@code Content-Type} is one of {@code accepted} (parameters such as charset aside; a wildcard is not a
   * type a body can have).
   *
   * @throws IllegalArgumentException when it is not a media type
   */
  public static boolean isOneOf(String contentType, List<String> accepted) {
    MediaType type = MediaType.valueOf(contentType);
    for (String candidate : accepted) {
      MediaType acceptedType = MediaType.valueOf(candidate);
      if (acceptedType.getType().equalsIgnoreCase(type.getType())
          && acceptedType.getSubtype().equalsIgnoreCase(type.getSubtype())) {
        return true;
      }
    }
    return false;
  }

  private Range mostSpecificMatch(String type, String subtype) {
    Range found = null;
    for (Range range : ranges) {
      boolean matches = (range.type().equals("*") || range.type().equals(type))
          && (range.subtype().equals("*") || range.subtype().equals(subtype));
      if (matches && (found == null || range.specificity() > found.specificity())) {
        found = range;
      }
    }
    return found;
  }

  private static double quality(String q) {
    if (!q.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
      throw new IllegalArgumentException("not a quality value: " + q);
    }
    return Double.parseDouble(q);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private record Range(String type, String subtype, double quality) {
    int specificity() {
      return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
    }
  }
}

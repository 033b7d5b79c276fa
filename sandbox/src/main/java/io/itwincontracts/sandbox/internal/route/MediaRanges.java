package io.itwincontracts.sandbox.internal.route;

import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@code Accept} header read as media ranges with their qualities, and the choice of the media type an answer is
 * written in: of the route's types, the one the most specific matching range rates highest (ties: the more specific
 * range, then the route's order), as JAX-RS chooses.
 */
public final class MediaRanges {
  private static final List<Range> ANYTHING = List.of(new Range("*", "*", 1.0));
  private static final MediaRanges ACCEPTS_ANYTHING = new MediaRanges(ANYTHING);
  /**
   * Headers seen before, read: clients send the same few {@code Accept} and {@code Content-Type} values again and
   * again, and reading one through JAX-RS's parser was a fifth of what a request allocated. About this many at most
   * are kept, so a stream of distinct values costs reading, not memory; one that does not parse is never kept.
   */
  private static final int KEPT = 256;
  private static final Map<String, MediaRanges> ACCEPT_HEADERS = new ConcurrentHashMap<>();
  private static final Map<String, MediaType> MEDIA_TYPES = new ConcurrentHashMap<>();

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
      return ACCEPTS_ANYTHING;
    }
    MediaRanges read = ACCEPT_HEADERS.get(accept);
    if (read == null) {
      read = read(accept);
      keep(ACCEPT_HEADERS, accept, read);
    }
    return read;
  }

  /**
   * A media type's text read as JAX-RS reads it.
   *
   * @throws IllegalArgumentException when it is not a media type
   */
  public static MediaType mediaType(String text) {
    MediaType type = MEDIA_TYPES.get(text);
    if (type == null) {
      type = MediaType.valueOf(text);
      keep(MEDIA_TYPES, text, type);
    }
    return type;
  }

  private static <T> void keep(Map<String, T> kept, String text, T read) {
    if (kept.size() < KEPT) {
      kept.put(text, read);
    }
  }

  private static MediaRanges read(String accept) {
    List<Range> ranges = new ArrayList<>();
    for (String element : accept.split(",")) {
      if (element.isBlank()) {
        continue;
      }
      MediaType type = mediaType(element.strip());
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
      MediaType candidate = mediaType(type);
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
    MediaType type = mediaType(contentType);
    for (String candidate : accepted) {
      MediaType acceptedType = mediaType(candidate);
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

package io.itwincontracts.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;

/** Reads a {@code retry-after} header in both of its RFC 9110 forms: delta-seconds and an HTTP-date. */
final class RetryAfter {
  private RetryAfter() {}

  /** The first value of the header, if any, as a wait from now; an HTTP-date in the past waits zero. */
  static Optional<Duration> parse(Collection<String> values, Clock clock) {
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    return parse(values.iterator().next(), clock);
  }

  static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
      } catch (NumberFormatException tooLarge) {
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}

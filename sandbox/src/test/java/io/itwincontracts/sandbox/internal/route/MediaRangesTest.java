package io.itwincontracts.sandbox.internal.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The answer's media type as JAX-RS chose it for the Jersey sandbox, and what is not an Accept header. */
class MediaRangesTest {
  private static final String PLATFORM = "application/vnd.bentley.itwin-platform.v1+json";
  private static final List<String> OFFERED = List.of("application/json", PLATFORM);

  @ParameterizedTest(name = "Accept: {0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "406", textBlock = """
      ''                                                                    | application/json
      */*                                                                   | application/json
      application/*                                                         | application/json
      application/vnd.bentley.itwin-platform.v1+json                        | application/vnd.bentley.itwin-platform.v1+json
      application/vnd.bentley.itwin-platform.v1+json;q=0.5, application/json | application/json
      application/json;q=0.5, application/vnd.bentley.itwin-platform.v1+json | application/vnd.bentley.itwin-platform.v1+json
      text/html, */*;q=0.1                                                  | application/json
      application/json;q=0, */*                                             | application/vnd.bentley.itwin-platform.v1+json
      text/html                                                             | 406
      """)
  void choosesAsJaxRsDid(String accept, String chosen) {
    assertThat(MediaRanges.of(accept).choose(OFFERED)).isEqualTo(chosen);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*/*;q=abc", "*/*;q=1.5", ";;;", "text"})
  void anAcceptThatIsNotAListOfMediaRangesIsRefused(String accept) {
    assertThatThrownBy(() -> MediaRanges.of(accept)).isInstanceOf(IllegalArgumentException.class);
    // asked again: a header that did not parse was not kept as read
    assertThatThrownBy(() -> MediaRanges.of(accept)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void headersBeyondTheKeptOnesAreStillReadAlike() {
    for (int i = 0; i < 600; i++) {
      String accept = "text/x-" + i + ";q=0.9, application/json;q=0." + (i % 9 + 1);
      assertThat(MediaRanges.of(accept).choose(OFFERED)).as(accept).isEqualTo("application/json");
      assertThat(MediaRanges.isOneOf("application/json; charset=x-" + i, OFFERED)).isTrue();
    }
  }

  @ParameterizedTest(name = "Content-Type: {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      application/json               | true
      application/json; charset=utf-8 | true
      APPLICATION/JSON               | true
      application/*                  | false
      */*                            | false
      text/plain                     | false
      """)
  void aBodyMustBeOneOfTheTypesTheOperationReads(String contentType, boolean accepted) {
    assertThat(MediaRanges.isOneOf(contentType, List.of("application/json"))).isEqualTo(accepted);
  }
}

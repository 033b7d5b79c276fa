package io.itwincontracts.validator;

import static io.itwincontracts.validator.ContractAssertions.assertConformsTo;
import static io.itwincontracts.validator.ContractAssertions.assertRequestConformsTo;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The assertions take typed bodies, shaped like the generated models (Jackson annotations on getters, unset
 * properties null, date-times as {@code OffsetDateTime}), and check them as the JSON the client would write.
 */
class TypedBodyTest {

  @Test
  void aTypedResponseWithUnsetPropertiesAndAnOffsetDateTimeConforms() {
    SystemInfo system = new SystemInfo("devsqlserver", OffsetDateTime.parse("2024-04-24T13:03:26.24-04:00"), null);

    assertThatCode(() -> assertConformsTo(new SystemInfoList(List.of(system)), "listSystems", 200))
        .doesNotThrowAnyException();
  }

  @Test
  void aTypedBodyThatBreaksTheSchemaFailsWithItsViolations() {
    NewSystem tooLongType = new NewSystem("Dev", "dev", "x".repeat(151), Map.of("Password", "p"));

    assertThatThrownBy(() -> assertRequestConformsTo(tooLongType, "createSystem"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("createSystem request does not conform to the spec (1 violation):\n"
            + "  /systemType: must be at most 150 characters long");
  }

  @Test
  void aStringIsJsonText() {
    assertThatCode(() -> assertRequestConformsTo("{\"name\":\"Dev\",\"systemId\":\"dev\",\"systemType\":\"EDF.Sql\","
        + "\"credentials\":{\"Password\":\"p\"}}", "createSystem")).doesNotThrowAnyException();
    assertThatCode(() -> assertRequestConformsTo(new StringBuilder("{\"name\":\"Dev\",\"systemId\":\"dev\","
        + "\"systemType\":\"EDF.Sql\",\"credentials\":{\"Password\":\"p\"}}"), "createSystem"))
        .doesNotThrowAnyException();
  }

  /** As the generator writes a model: private fields, annotated getters. */
  static final class SystemInfo {
    private final String systemId;
    private final OffsetDateTime lastChange;
    private final String lastChangeByName;

    SystemInfo(String systemId, OffsetDateTime lastChange, String lastChangeByName) {
      this.systemId = systemId;
      this.lastChange = lastChange;
      this.lastChangeByName = lastChangeByName;
    }

    @JsonProperty("systemId")
    public String getSystemId() {
      return systemId;
    }

    @JsonProperty("lastChange")
    public OffsetDateTime getLastChange() {
      return lastChange;
    }

    @JsonProperty("lastChangeByName")
    public String getLastChangeByName() {
      return lastChangeByName;
    }
  }

  /** A request model with every property set. */
  record NewSystem(@JsonProperty("name") String name, @JsonProperty("systemId") String systemId,
      @JsonProperty("systemType") String systemType, @JsonProperty("credentials") Map<String, String> credentials) {}

  static final class SystemInfoList {
    private final List<SystemInfo> systems;

    SystemInfoList(List<SystemInfo> systems) {
      this.systems = systems;
    }

    @JsonProperty("systems")
    public List<SystemInfo> getSystems() {
      return systems;
    }
  }
}

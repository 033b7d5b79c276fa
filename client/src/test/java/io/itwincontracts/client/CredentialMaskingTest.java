package io.itwincontracts.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated create-system request, printed by a careless log statement, shows no credential value. */
class CredentialMaskingTest {
  @Test
  void createSystemRequestToStringMasksEveryCredentialValue() {
    SaveUserSystemCredentialDto request = new SaveUserSystemCredentialDto().name("Development Sql Server")
        .systemId("devsqlserver").systemType("EDF.Sql")
        .credentials(Map.of("Password", "Cr3dential-Value-9f8e", "UserName", "svc-user-4d2b"));

    assertThat(request.toString()).contains("Password=*****", "UserName=*****", "devsqlserver")
        .doesNotContain("Cr3dential-Value-9f8e").doesNotContain("svc-user-4d2b");
  }

  @Test
  void createSystemRequestWithoutCredentialsPrintsNull() {
    assertThat(new SaveUserSystemCredentialDto().credentials(null).toString()).contains("credentials: null");
  }
}

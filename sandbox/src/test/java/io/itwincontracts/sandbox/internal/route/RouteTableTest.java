package io.itwincontracts.sandbox.internal.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.sandbox.internal.api.Api;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The route table matches as JAX-RS did for the Jersey sandbox: one row per rule. */
class RouteTableTest {
  private static final RouteTable ROUTES = new RouteTable();
  private static final String ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";

  @ParameterizedTest(name = "{0} {1} -> {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      GET     | /itwins/ID/systems                 | 0   | listSystems
      HEAD    | /itwins/ID/systems                 | 0   | listSystems
      POST    | /itwins/ID/systems                 | 0   | createSystem
      GET     | /itwins/ID/systems/                | 0   | listSystems
      GET     | /itwins/ID;x=y/systems             | 0   | listSystems
      POST    | /itwins/ID/packages/EDFS.Sql/roles | 0   | addPackageRoleAssignments
      DELETE  | /itwins/ID/systems                 | 405 |
      OPTIONS | /itwins/ID/systems                 | 405 |
      GET     | /itwins/ID/sys%74ems               | 404 |
      GET     | /itwins/ID/SYSTEMS                 | 404 |
      GET     | /itwins//systems                   | 404 |
      GET     | /itwins/ID                         | 404 |
      GET     | /                                  | 404 |
      """)
  void matchesAsJaxRsDid(String method, String path, int status, String operation) {
    RouteMatch match = ROUTES.match(Api.EDFS, method, path.replace("ID", ITWIN));

    assertThat(match.status()).isEqualTo(status);
    assertThat(match.route() == null ? null : match.route().operation().operationId()).isEqualTo(operation);
  }

  @ParameterizedTest(name = "{0} -> iTwinId ''{1}''")
  @CsvSource(delimiter = '|', textBlock = """
      /itwins/%20/systems       | ' '
      /itwins/a%C3%A9b/systems  | aéb
      /itwins/a;b=c/systems     | a
      """)
  void pathParametersAreDecodedAndLoseTheirMatrixParameters(String path, String iTwinId) {
    assertThat(ROUTES.match(Api.EDFS, "GET", path).pathParameters()).isEqualTo(Map.of("iTwinId", iTwinId));
  }

  @ParameterizedTest(name = "{0} {1} -> Allow {2}")
  @CsvSource(delimiter = '|', textBlock = """
      EDFS            | /itwins/ID/systems                     | POST,GET,HEAD,OPTIONS
      SYNCHRONIZATION | /imodels/manifestconnections/C        | PUT,OPTIONS
      ITWINS          | /ID/repositories/R/resources           | POST,OPTIONS
      """)
  void aPathWithoutTheMethodListsItsMethodsForAllow(Api api, String path, String allowed) {
    RouteMatch match = ROUTES.match(api, "DELETE", path.replace("ID", ITWIN));

    assertThat(match.status()).isEqualTo(405);
    assertThat(String.join(",", match.allowed())).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      GET  | /edfs/itwins/ID/systems                      | listSystems
      GET  | /edfs/itwins/ID/systems/                     | listSystems
      GET  | /%65dfs;a=b/itwins/ID/systems                 | listSystems
      PUT  | /synchronization/imodels/manifestconnections/C | updateManifestConnection
      POST | /itwins/ID/repositories/R/resources          | createRepositoryResource
      GET  | /edfs/itwins/%zz/systems                     | listSystems
      GET  | /edfs/itwins/ID/sys%74ems                    |
      GET  | /edfs                                        |
      GET  | /docs/openapi/edfs.yaml                      |
      """)
  void aWholePathNamesTheOperationItsApiServes(String method, String path, String operation) {
    assertThat(ROUTES.operationOf(method, path.replace("ID", ITWIN))).isEqualTo(Optional.ofNullable(operation));
  }
}

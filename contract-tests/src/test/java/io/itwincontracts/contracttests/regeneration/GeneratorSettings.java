package io.itwincontracts.contracttests.regeneration;

import java.nio.file.Path;
import java.util.Map;

/**
 * The generator configuration of the client and the server stubs as the parent pom and each module's pom set it, for
 * generating in-process (openapi-generator's library) what the build generates with its Maven plugin. It is written a
 * second time here, so {@code InProcessGenerationMatchesTheBuildTest} holds it to the build: generated in-process from
 * the packaged contract, the API must equal the one the build compiled.
 *
 * @param module the generating module's directory name
 * @param rootPackage {@code codegen.package} of that module
 * @param generator the generator name
 * @param library the generator library, or null
 * @param templates the module's template directory, or null
 * @param options the {@code configOptions} of the parent and the module
 * @param modelSupportingFile the supporting file the module generates into the model package, or null
 */
record GeneratorSettings(String module, String rootPackage, String generator, String library, Path templates,
    Map<String, String> options, String modelSupportingFile) {

  /**
   * The lock of every test class that generates in-process: openapi-generator keeps its global settings per thread,
   * not all of its other state, so one generation runs at a time in the test JVM.
   */
  static final String GENERATOR = "openapi-generator";

  private static final Map<String, String> SHARED = Map.of("sourceFolder", "src/main/java", "useJakartaEe", "true",
      "dateLibrary", "java8", "hideGenerationTimestamp", "true", "openApiNullable", "false");

  static GeneratorSettings client(Path projectRoot) {
    return new GeneratorSettings("client", "io.itwincontracts.client", "java", "feign",
        projectRoot.resolve("client/src/main/openapi-templates"),
        with(Map.of("serializationLibrary", "jackson", "enumUnknownDefaultCase", "true")), "ApiResponse.java");
  }

  static GeneratorSettings serverStubs() {
    return new GeneratorSettings("server-stubs", "io.itwincontracts.server", "jaxrs-spec", null, null,
        with(Map.of("interfaceOnly", "true", "useTags", "true", "useBeanValidation", "true", "returnResponse", "true",
            "generatePom", "false", "useSwaggerAnnotations", "false", "useSwaggerV3Annotations", "true",
            "generateJsonCreator", "false")), null);
  }

  /** The parent's {@code schemaMappings}: the error model every API shares, generated from common.yaml. */
  Map<String, String> schemaMappings() {
    String error = rootPackage + ".error.";
    return Map.of("Error", error + "ApiError", "ErrorResponse", error + "ErrorResponse",
        "DetailedError", error + "DetailedError", "DetailedErrorResponse", error + "DetailedErrorResponse");
  }

  private static Map<String, String> with(Map<String, String> own) {
    java.util.HashMap<String, String> all = new java.util.HashMap<>(SHARED);
    all.putAll(own);
    return Map.copyOf(all);
  }
}

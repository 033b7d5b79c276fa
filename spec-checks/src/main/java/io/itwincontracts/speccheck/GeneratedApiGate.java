package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.internal.javaapi.ApiVerdict;
import io.itwincontracts.speccheck.internal.javaapi.GeneratedPackages;
import io.itwincontracts.speccheck.ContractRejected;
import io.itwincontracts.speccheck.SpecFiles;
import io.itwincontracts.speccheck.SpecVersion;
import io.itwincontracts.speccheck.internal.changelog.Changelog;
import io.itwincontracts.speccheck.internal.changelog.ChangelogSection;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java-API check of a generating module (client, server-stubs), run by its build after it compiled the code
 * generated from the contract and from the released baseline: every difference of the generated API, one line each,
 * added to each API's changelog; a breaking one fails the build unless the API's spec raises its major version,
 * exactly as the wire gate does.
 */
public final class GeneratedApiGate {
  private final PrintStream out;
  private final String module;

  GeneratedApiGate(PrintStream out, String module) {
    this.out = out;
    this.module = module;
  }

  /**
   * Arguments: MODULE called|implemented ROOT_PACKAGE BASELINE_CLASSES CLASSES BASELINE_SPECS SPECS CHANGELOG_DIR.
   *
   * @throws ContractRejected listing every breaking change of an API whose major version stays
   */
  public static void main(String[] args) {
    if (args.length != 8) {
      throw new IllegalArgumentException("usage: GeneratedApiGate MODULE called|implemented ROOT_PACKAGE "
          + "BASELINE_CLASSES CLASSES BASELINE_SPECS SPECS CHANGELOG_DIR");
    }
    List<JavaApiChange> changes = JavaApiDiff.compare(Path.of(args[3]), Path.of(args[4]), args[0], args[2],
        InterfaceRole.named(args[1]));
    List<String> blocking = new GeneratedApiGate(System.out, args[0])
        .judge(changes, Path.of(args[5]), Path.of(args[6]), new Changelog(Path.of(args[7])));
    if (!blocking.isEmpty()) {
      throw new ContractRejected("breaking change(s) to the generated Java API", blocking);
    }
  }

  /** Prints and records each API's changes; returns the lines that must fail the build. */
  List<String> judge(List<JavaApiChange> changes, Path baselineSpecs, Path specs, Changelog changelog) {
    List<String> blocking = new ArrayList<>();
    for (Path spec : SpecFiles.list(specs)) {
      String api = spec.getFileName().toString().replaceFirst("\\.yaml$", "");
      Path released = baselineSpecs.resolve(spec.getFileName());
      List<JavaApiChange> own = changes.stream().filter(change -> change.api().equals(api)).toList();
      if (!Files.exists(released) || own.isEmpty() && api.equals(GeneratedPackages.SHARED_SPEC)) {
        continue;
      }
      ApiVerdict verdict = new ApiVerdict(module, api, own, SpecVersion.of(released), SpecVersion.of(spec));
      own.forEach(out::println);
      // sections sort by key: the wire section (1-wire) first, then one per generating module
      Path page = changelog.write(api, new ChangelogSection("2-" + module, "Generated Java API: " + module,
          verdict.line(), own.stream().map(JavaApiChange::finding).toList(), "", ""));
      out.println(verdict.line() + " (changelog: " + page.toUri() + ")");
      if (verdict.blocks()) {
        own.stream().filter(JavaApiChange::breaking).forEach(change -> blocking.add(change.toString()));
        blocking.add(verdict.line());
      }
    }
    return blocking;
  }
}

package io.itwincontracts.contracttests.regeneration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code regeneration/fixtures.txt}: an edit of one API's released spec and its known outcome on the wire
 * and in each module's generated Java API ({@code LEVEL rule}, or {@code NONE}).
 */
record SpecEdit(String id, String api, List<String[]> replacements, String wire, String client, String serverStubs) {

  static SpecEdit parse(String line) {
    String[] fields = line.split(" \\| ", -1);
    if (fields.length != 6) {
      throw new IllegalArgumentException("fixture needs 6 fields separated by ' | ': " + line);
    }
    List<String[]> replacements = new ArrayList<>();
    for (String pair : fields[2].split(" ;; ")) {
      String[] findReplace = pair.split(" =>", 2);
      String replacement = findReplace[1].startsWith(" ") ? findReplace[1].substring(1) : findReplace[1];
      replacements.add(new String[] {unescape(findReplace[0]), unescape(replacement)});
    }
    return new SpecEdit(fields[0].strip(), fields[1].strip(), replacements, fields[3].strip(), fields[4].strip(),
        fields[5].strip());
  }

  /** Applies the edit to {@code <api>.yaml} in {@code specs}; every text to find must be there. */
  void applyTo(Path specs) throws IOException {
    Path spec = specs.resolve(api + ".yaml");
    String text = Files.readString(spec);
    for (String[] replacement : replacements) {
      assertThat(text).as("%s: %s must contain the text to replace", id, spec.getFileName()).contains(replacement[0]);
      text = text.replace(replacement[0], replacement[1]);
    }
    Files.writeString(spec, text);
  }

  /** The expected outcome of {@code module}. */
  String expected(String module) {
    return module.equals("client") ? client : serverStubs;
  }

  @Override
  public String toString() {
    return id;
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n");
  }
}

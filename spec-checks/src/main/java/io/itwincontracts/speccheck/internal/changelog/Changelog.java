package io.itwincontracts.speccheck.internal.changelog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The changelog directory: {@code <api>.md} and {@code <api>.html} per API. Each check adds its section when it runs
 * (the wire gate in the openapi module, the Java-API check in client and server-stubs), so the page is assembled from
 * the sections stored as JSON under {@code <api>/}; a check that runs again replaces its own section.
 */
public final class Changelog {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Path directory;

  /** The changelog in {@code directory} (created on the first write). */
  public Changelog(Path directory) {
    this.directory = directory;
  }

  /**
   * Stores {@code section} for {@code api} and rewrites the API's pages.
   *
   * @return the HTML page, to name in the build output
   */
  public Path write(String api, ChangelogSection section) {
    Path sections = directory.resolve(api);
    write(sections.resolve(section.key() + ".json"), json(section));
    List<ChangelogSection> all = read(sections);
    write(directory.resolve(api + ".md"), MarkdownPage.render(api, all));
    Path html = directory.resolve(api + ".html").toAbsolutePath().normalize();
    write(html, HtmlPage.render(api, all));
    return html;
  }

  /** Writes a file next to the pages, e.g. a report the pages link to. */
  public void attach(String fileName, String text) {
    write(directory.resolve(fileName), text);
  }

  private static List<ChangelogSection> read(Path sections) {
    try (Stream<Path> files = Files.list(sections)) {
      List<ChangelogSection> all = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        all.add(JSON.readValue(file.toFile(), ChangelogSection.class));
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the changelog sections in " + sections, e);
    }
  }

  private static String json(ChangelogSection section) {
    try {
      return JSON.writeValueAsString(section);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the changelog section " + section.key(), e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}

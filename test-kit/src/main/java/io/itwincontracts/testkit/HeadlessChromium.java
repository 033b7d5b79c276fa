package io.itwincontracts.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromedriver, headless, for the tests that look at a page as a person would. CI installs
 * them ({@code .ci/run}), and there a missing browser fails the test; elsewhere the test is skipped.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver browser;

  private HeadlessChromium(ChromeDriver browser) {
    this.browser = browser;
  }

  /** Opens a browser window of 1280 × {@code height} pixels; fails under CI, skips elsewhere, when none is installed. */
  public static HeadlessChromium open(int height) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("CI") != null && !installed) {
      throw new AssertionError("CI installs chromium and chromium-driver (.ci/run), and they are missing");
    }
    assumeTrue(installed, "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        // the machine has no network: no background connections, no first-run or sync calls
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280," + height);
    return new HeadlessChromium(new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options));
  }

  /** The browser, to drive. */
  public ChromeDriver browser() {
    return browser;
  }

  /** Saves what the window shows as a PNG file. */
  public Path screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("the screenshot could not be saved to " + file, e);
    }
  }

  @Override
  public void close() {
    browser.quit();
  }
}

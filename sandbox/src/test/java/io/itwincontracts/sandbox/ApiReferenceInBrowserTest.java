package io.itwincontracts.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API reference at /docs in a real headless Chromium (Debian's chromium and chromedriver): the page renders
 * the five operations from the bundled specs, and "try it" on listSystems gets the sandbox's 200 body. CI installs
 * the browser (.ci/run) and there a missing browser fails the test instead of skipping it.
 */
class ApiReferenceInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOT = Path.of("target/api-reference.png");

  private Sandbox sandbox;
  private ChromeDriver browser;

  @BeforeEach
  void openBrowser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("CI") != null) {
      assertThat(installed).as("CI installs chromium and chromium-driver").isTrue();
    }
    assumeTrue(installed, "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    sandbox = Sandbox.builder().port(0).checkResponses(true).start();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        // the machine has no network: no background connections, no first-run or sync calls
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,2000");
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build(), options);
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void referenceListsTheFiveOperationsAndTryItCallsTheSandbox() throws IOException {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(sandbox.baseUrl() + "/docs/");

    List<WebElement> operations = wait.until(driver -> {
      List<WebElement> found = driver.findElements(By.cssSelector(".opblock-summary-operation-id"));
      return found.size() == 5 ? found : null;
    });
    assertThat(operations).extracting(WebElement::getText).containsExactlyInAnyOrder("createSystem", "listSystems",
        "addPackageRoleAssignments", "updateManifestConnection", "createRepositoryResource");

    WebElement listSystems = browser.findElement(By.xpath(
        "//span[@class='opblock-summary-operation-id' and text()='listSystems']/ancestor::div[contains(concat(' ', @class, ' '), ' opblock ')][1]"));
    listSystems.findElement(By.cssSelector(".opblock-summary-control")).click();
    wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(listSystems,
        By.cssSelector("input[placeholder='iTwinId']"))).get(0).sendKeys(DefaultData.ITWIN);
    listSystems.findElement(By.cssSelector("button.execute")).click();

    WebElement status = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(listSystems,
        By.cssSelector(".live-responses-table tr.response .response-col_status"))).get(0);
    String body = listSystems.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description pre"))
        .getText();
    Files.createDirectories(SCREENSHOT.getParent());
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);

    assertThat(status.getText()).isEqualTo("200");
    assertThat(body).contains("\"systems\"");
    assertThat(sandbox.responseProblems()).isEmpty();
  }
}

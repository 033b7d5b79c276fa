package io.itwincontracts.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import io.itwincontracts.testkit.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API reference at /docs in a real headless Chromium (Debian's chromium and chromedriver): the page renders
 * the five operations from the bundled specs, and "try it" on listSystems gets the sandbox's 200 body. Runs beside the
 * other classes: it shares nothing with them, and most of its time is Chromium's start.
 */
@Execution(ExecutionMode.CONCURRENT)
class ApiReferenceInBrowserTest {
  private static final Path SCREENSHOT = Path.of("target/api-reference.png");

  private HeadlessChromium chromium;
  private ChromeDriver browser;
  private Sandbox sandbox;

  @BeforeEach
  void openBrowser() {
    chromium = HeadlessChromium.open(2000);
    browser = chromium.browser();
    sandbox = Sandbox.builder().port(0).checkResponses(true).start();
  }

  @AfterEach
  void close() {
    if (chromium != null) {
      chromium.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void referenceListsTheFiveOperationsAndTryItCallsTheSandbox() throws IOException {
    // polled every 50 ms, not Selenium's default 500 ms: each of the three waits otherwise idles up to half a second
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
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
    chromium.screenshot(SCREENSHOT);

    assertThat(status.getText()).isEqualTo("200");
    assertThat(body).contains("\"systems\"");
    assertThat(sandbox.responseProblems()).isEmpty();
  }
}

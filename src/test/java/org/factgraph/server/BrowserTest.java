package org.factgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser walks the site: home page → an entity → an entity it links to → the source sentence of a fact.
 * Uses Debian's Chromium and chromedriver only (Selenium Manager is never asked to download anything). Skipped when
 * they are absent, or with {@code -Dfactgraph.browser=skip}. Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SHOTS = Path.of("target", "screenshots");

    static TestServer s;
    static ChromeDriver driver;
    @TempDir
    static Path profile;

    /** Why the browser walk cannot run here, or null. */
    static String skipReason;

    @BeforeAll
    static void start() throws IOException {
        if ("skip".equals(System.getProperty("factgraph.browser")))
            skipReason = "browser test skipped by -Dfactgraph.browser=skip";
        else if (!Files.isExecutable(Path.of(CHROMIUM)))
            skipReason = CHROMIUM + " is not installed (apt-get install chromium)";
        else if (!Files.isExecutable(Path.of(CHROMEDRIVER)))
            skipReason = CHROMEDRIVER + " is not installed (apt-get install chromium-driver)";
        if (skipReason != null)
            return;
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Files.createDirectories(SHOTS);
        s = new TestServer(Path.of("data"), "http://localhost:3030/", null);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.resolve("chromium").toAbsolutePath(), "--window-size=1200,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null)
            driver.quit();
        if (s != null)
            s.close();
    }

    static void shot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    @Test
    void homeToEntityToLinkedEntityToSourceSentence() throws IOException {
        Assumptions.assumeTrue(skipReason == null, skipReason);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(s.url("/"));
        assertEquals("factgraph", h1());
        assertTrue(driver.findElement(By.tagName("svg")).isDisplayed(), "graph picture visible");
        assertTrue(driver.findElement(By.tagName("body")).getText().contains(org.factgraph.SeedGraph.built().facts().entities().size() + " entities"));
        shot("1-home.png");

        driver.findElement(By.xpath("//h3[starts-with(., 'country')]/following-sibling::ul[1]//a[.='Canada']")).click();
        wait.until(ExpectedConditions.urlContains("/doc/country/canada.html"));
        assertEquals("Canada", h1());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("United States is allied with Canada."));
        shot("2-canada.png");

        driver.findElement(By.linkText("U.S.-Canada trade")).click();
        wait.until(ExpectedConditions.urlContains("/doc/relationship/us-canada-trade.html"));
        assertEquals("U.S.-Canada trade", h1());
        String main = driver.findElement(By.tagName("main")).getText();
        assertTrue(main.contains("U.S.-Canada trade is worth more than USD 2 billion per day."), main);
        shot("3-us-canada-trade.png");

        driver.findElement(By.linkText("source sentence")).click();
        wait.until(ExpectedConditions.urlContains("/source/blinken-canada-2022#char=1145,1324"));
        WebElement sentence = driver.findElement(By.id("char=1145,1324"));
        assertTrue(sentence.isDisplayed());
        assertTrue(sentence.getText().contains("more than USD 2 billion (CAD 2.6 billion) a day in trade"));
        assertTrue(sentence.getAttribute("class").contains("evidence"));
        shot("4-source-sentence.png");
    }

    @Test
    void aPagedEntityIsWalkedByItsNextLinks() throws IOException {
        Assumptions.assumeTrue(skipReason == null, skipReason);
        try (TestServer paged = new TestServer(Path.of("data"), "http://localhost:3030/", null,
                new ServerOptions(ServerOptions.LOOPBACK, 0, Duration.ofSeconds(10)), new PageOptions(10, 1 << 20))) {
            driver.get(paged.url("/doc/country/canada.html"));
            int pages = 1;
            int allied = 0;
            while (true) {
                assertEquals("Canada", h1());
                String main = driver.findElement(By.tagName("main")).getText();
                assertTrue(main.contains("Page " + pages + " of "), main);
                if (main.contains("United States is allied with Canada."))
                    allied++;
                var next = driver.findElements(By.cssSelector("nav.pager a[rel=next]"));
                if (next.isEmpty())
                    break;
                if (pages == 2)
                    shot("5-canada-page-2.png");
                next.get(0).click();
                pages++;
                new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("page=" + pages));
            }
            assertTrue(pages >= 3, "Canada should span pages at 10 per page: " + pages);
            assertEquals(1, allied, "the alliance fact should be on exactly one page");
        }
    }
}

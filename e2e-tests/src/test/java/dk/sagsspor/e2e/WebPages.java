package dk.sagsspor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser (Debian's headless Chromium, driven by Selenium through Debian's chromedriver)
 * against the running system: the case page after the seeds, a decision arriving live, search, a committee, a meeting,
 * the operators' page and the phone width; axe-core, run in each page, must find no serious or critical violation.
 * Screenshots go to {@code target/screenshots} (copied into docs/screenshots).
 */
final class WebPages {

    private static final String CHROMIUM = System.getProperty("sagsspor.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("sagsspor.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String web;
    private final Path axe;
    private final Path screenshots;
    private final Consumer<byte[]> postMinutes;

    /** @param postMinutes posts one minutes document (text) to ingest-service and checks it was taken */
    WebPages(String web, Path axe, Path screenshots, Consumer<byte[]> postMinutes) {
        this.web = web;
        this.axe = axe;
        this.screenshots = screenshots;
        this.postMinutes = postMinutes;
    }

    /**
     * @param minutesDecidingLiveCase minutes with a new decision on {@code liveCase}, sent while its page is open
     * @param moreMinutes             minutes with another decision, sent while the operators' page is open
     */
    void check(String seededCase, String liveCase, byte[] minutesDecidingLiveCase, byte[] moreMinutes) {
        WebDriver browser = chromium();
        try {
            browser.manage().window().setSize(new Dimension(1280, 1400));
            theCasePageTellsTheRoute(browser, seededCase);
            screenshot(browser, "sag-desktop.png");
            aDecisionArrivesWithoutReload(browser, liveCase, minutesDecidingLiveCase);
            searchFindsTheCase(browser, seededCase);
            aCommitteeAndAMeeting(browser);
            theOperatorsPage(browser, moreMinutes);
            screenshot(browser, "drift.png");
            onAPhone(browser, seededCase);
            screenshot(browser, "sag-telefon.png");
        } finally {
            browser.quit();
        }
    }

    private void theCasePageTellsTheRoute(WebDriver browser, String caseNumber) {
        browser.get(web + "/sager/" + caseNumber);
        assertEquals("da", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(caseNumber));
        List<WebElement> stops = browser.findElements(By.cssSelector(".route .stop"));
        assertTrue(stops.size() >= 2, "the route has its bodies");
        // The route is text, not only a drawing: each body says whether it has treated the case.
        assertTrue(stops.stream().allMatch(stop -> stop.findElement(By.className("state")).getText().matches(
                "behandlet|afventer|behandlet uden for den planlagte vej")), "every body on the route has its state");
        assertTrue(browser.findElements(By.cssSelector(".steps .step")).size() >= 1, "the steps are listed");
        // The words for codes come from the API's vocabulary, not from a table of the page's own.
        assertEquals("Under behandling", browser.findElement(By.cssSelector(".status strong")).getText());
        assertEquals("Anbefales", browser.findElement(By.cssSelector(".steps .outcome")).getText());
        assertTrue(browser.findElement(By.cssSelector(".steps .step time")).getText()
                .matches("\\d{1,2}\\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \\d{4}"),
                "Danish dates");
        assertTrue(browser.findElements(By.cssSelector(".steps .sources a[href^='/moeder/']")).size() >= 1,
                "the steps link to their meetings");
        keyboardReachesTheContent(browser);
        accessible(browser, "case page");
    }

    private void aDecisionArrivesWithoutReload(WebDriver browser, String caseNumber, byte[] minutes) {
        browser.get(web + "/sager/" + caseNumber);
        int before = browser.findElements(By.cssSelector(".steps .step")).size();
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.sagssporMarker = 'same page';");
        waitForTheStream(browser);

        postMinutes.accept(minutes);

        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b ->
                b.findElements(By.cssSelector(".steps .step")).size() == before + 1);
        assertEquals("same page", script.executeScript("return window.sagssporMarker;"),
                "the new step came without a reload");
        new WebDriverWait(browser, WAIT).until(b ->
                !b.findElement(By.id("meddelelse")).getText().isBlank());
    }

    /** The page's EventSource is open before the decision is sent, so the test waits on a condition, not a guess. */
    private static void waitForTheStream(WebDriver browser) {
        new WebDriverWait(browser, WAIT).until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(
                "return window.sagssporStream !== undefined && window.sagssporStream.readyState === 1;")));
    }

    private void searchFindsTheCase(WebDriver browser, String caseNumber) {
        browser.get(web + "/");
        accessible(browser, "front page");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("hjemløse");
        box.submit();
        new WebDriverWait(browser, WAIT).until(b -> b.getCurrentUrl().contains("/soeg"));
        assertTrue(browser.findElements(By.cssSelector(".hits a[href='/sager/" + caseNumber + "']")).size() >= 1,
                "search finds the case and links it");
        accessible(browser, "search");
    }

    private void aCommitteeAndAMeeting(WebDriver browser) {
        browser.get(web + "/udvalg/su");
        assertEquals("Socialudvalget", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("table tbody tr")).size() >= 1, "its members");
        assertTrue(browser.findElement(By.partialLinkText("kalender")).getAttribute("href").endsWith(".ics"));
        accessible(browser, "committee");

        browser.findElement(By.cssSelector(".meetings a")).click();
        new WebDriverWait(browser, WAIT).until(b -> b.getCurrentUrl().contains("/moeder/"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Socialudvalget"));
        assertTrue(browser.findElements(By.cssSelector(".agenda > li")).size() >= 1, "the agenda");
        accessible(browser, "meeting");
    }

    private void theOperatorsPage(WebDriver browser, byte[] minutes) {
        browser.get(web + "/drift");
        List<WebElement> rows = browser.findElements(By.cssSelector("#tal tbody tr"));
        assertEquals(3, rows.size(), "one row per service");
        rows.forEach(row -> assertEquals("klar", row.findElements(By.tagName("td")).get(0).getText(),
                row.getText()));
        waitForTheStream(browser);

        postMinutes.accept(minutes);

        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b ->
                b.findElements(By.cssSelector("#haendelser li")).stream()
                        .anyMatch(event -> event.getText().contains("case-updated")));
        accessible(browser, "operators' page");
    }

    private void onAPhone(WebDriver browser, String caseNumber) {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(web + "/sager/" + caseNumber);
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling at 390 px");
        accessible(browser, "case page on a phone");
    }

    /** Tab from the top of the page: the first stop is the link that skips to the content. */
    private static void keyboardReachesTheContent(WebDriver browser) {
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("#indhold", focused.getAttribute("href").replaceAll("^.*(#indhold)$", "$1"));
    }

    /** axe-core in the page: no serious or critical WCAG 2.1 A/AA violation. */
    private void accessible(WebDriver browser, String page) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        try {
            script.executeScript(Files.readString(axe));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run npm ci --prefix .ci (done by .ci/run)", e);
        }
        browser.manage().timeouts().scriptTimeout(WAIT);
        Object violations = script.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });
                """);
        assertEquals(List.of(), violations, page + ": accessibility");
    }

    private void screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headless Chromium without any call home: this machine's network is closed, and CI's may be too. */
    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=da");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}

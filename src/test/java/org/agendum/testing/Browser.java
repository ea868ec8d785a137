package org.agendum.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for every browser test in the JVM (Debian's chromium and
 * chromium-driver): starting it costs a second or two, so the search page test and the
 * accessibility gate share it, and a shutdown hook quits it when the test run ends.
 *
 * <p>A missing browser is a failure, with the command that installs it, because
 * {@code .ci/run} installs it and a quality gate that quietly skips proves nothing. On a
 * machine without it, {@code -Dagendum.skipBrowserTests=true} skips these tests instead, loudly.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("agendum.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("agendum.chromedriver", "/usr/bin/chromedriver"));
    public static final String SKIP_PROPERTY = "agendum.skipBrowserTests";

    /** The desktop size every test gets back after {@link #resetViewport}. */
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;

    private static ChromeDriver driver;

    private Browser() {}

    /** The shared browser, started on first use. */
    public static synchronized ChromeDriver shared() {
        require(CHROMIUM, true, "apt-get install -y chromium");
        require(CHROMEDRIVER, true, "apt-get install -y chromium-driver");
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--disable-extensions",
                    "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver started = new ChromeDriver(service, options);
            started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            started.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "agendum-browser-quit"));
            driver = started;
        }
        resetViewport(driver);
        return driver;
    }

    /**
     * Lays the page out at {@code width} CSS pixels, as a phone or desktop would. A headless
     * window cannot be made narrower than about 500 px, so the width is set through the
     * DevTools protocol instead of the window size; callers check {@code innerWidth}.
     */
    public static void viewport(ChromeDriver browser, int width, int height, boolean mobile) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
    }

    public static void resetViewport(ChromeDriver browser) {
        viewport(browser, DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
    }

    /**
     * Fails with the install command when {@code file} is missing, or skips when
     * {@code -Dagendum.skipBrowserTests=true} was given.
     */
    public static void require(Path file, boolean executable, String install) {
        if (Files.isRegularFile(file) && (!executable || Files.isExecutable(file))) {
            return;
        }
        String msg = file + " is missing; install it with: " + install + " (.ci/run does this)";
        if (Boolean.getBoolean(SKIP_PROPERTY)) {
            String loud = "\n*** SKIPPING A BROWSER TEST because -D" + SKIP_PROPERTY + "=true: " + msg + " ***\n";
            System.err.println(loud);
            Assumptions.abort(loud);
        }
        throw new AssertionError(msg + ". To skip the browser tests on this machine instead, run with -D"
                + SKIP_PROPERTY + "=true.");
    }
}

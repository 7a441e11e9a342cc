package io.newsdesk.app.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium through chromedriver, headless (its headless shell when installed), with a trap for script
 * execution installed in every document before the page's own code runs: {@code alert}, {@code confirm},
 * {@code prompt}, {@code print}, {@code open}, {@code fetch}, {@code XMLHttpRequest} and {@code sendBeacon} record
 * their call instead of acting. The site ships no JavaScript of its own, so any call recorded is a script that got in.
 */
final class HeadlessChromium implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    /**
     * Chromium's headless shell (Debian's {@code chromium-headless-shell}): the same page engine without the browser's
     * windows, tabs and their upkeep, which cost more than the page itself on every load (a page here: ~40 % less
     * Chromium CPU than {@code chromium --headless=new}). Used when installed and it starts; the full browser otherwise.
     */
    static final String HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Runs in every frame before its scripts; a frame also reports to the top window when it may. */
    private static final String TRAP = """
            (() => {
              const hits = [];
              Object.defineProperty(window, '__xssHits', { value: hits });
              const note = (what) => {
                hits.push(what);
                try { if (window.top !== window) window.top.__xssHits.push('frame ' + what); } catch (e) {}
              };
              for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
                window[name] = function (x) { note(name + '(' + String(x) + ')'); };
              }
              window.fetch = function (x) { note('fetch(' + String(x) + ')'); return new Promise(() => {}); };
              XMLHttpRequest.prototype.open = function (m, u) { note('xhr(' + String(u) + ')'); };
              if (navigator.sendBeacon) navigator.sendBeacon = function (u) { note('beacon(' + String(u) + ')'); return true; };
            })();""";

    /**
     * What a loaded page holds that could run script: recorded calls, and live carriers in the DOM (an event
     * handler attribute, a script-bearing URL, a script that is not JSON-LD, a frame or plug-in, a base or a
     * refresh). Read a moment after the page loaded, when its error and focus events have fired.
     */
    private static final String INSPECT = """
              const live = [];
              const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster',
                                'dynsrc', 'lowsrc', 'codebase', 'srcdoc'];
              for (const el of document.querySelectorAll('*')) {
                const tag = el.tagName.toLowerCase();
                for (const a of el.attributes) {
                  const n = a.name.toLowerCase();
                  const v = a.value.toLowerCase().replace(/[\\u0000-\\u0020]/g, '');
                  if (n.startsWith('on')) live.push(tag + '[' + n + ']');
                  if (urlAttrs.includes(n) && (n === 'srcdoc' || v.startsWith('javascript:') || v.startsWith('vbscript:')
                      || v.startsWith('data:text/html') || v.startsWith('data:image/svg'))) live.push(tag + '[' + n + '=' + a.value.slice(0, 60) + ']');
                  if (n === 'style' && /expression|javascript:|behavior/.test(v)) live.push(tag + '[style]');
                }
                if (tag === 'script' && el.type !== 'application/ld+json') live.push('script ' + (el.src || el.textContent.slice(0, 60)));
                if (['iframe', 'frame', 'object', 'embed', 'applet', 'base'].includes(tag)) live.push(tag);
                if (tag === 'meta' && /refresh/i.test(el.httpEquiv || '')) live.push('meta refresh');
              }
              return { hits: Array.from(window.__xssHits || ['no trap: ' + location.href]), live: live, url: location.href,
                       text: document.body ? document.body.innerText : '' };""";

    private final ChromeDriverService service;
    final ChromeDriver driver;
    private Boolean bypassing;

    /** What {@link #inspect} found on one page. */
    record Inspection(List<String> hits, List<String> live, String url, String text) {
        boolean clean() {
            return hits.isEmpty() && live.isEmpty();
        }
    }

    HeadlessChromium(Path profile) throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them with: apt-get install -y chromium chromium-driver");
        }
        ChromeDriverService chosen = driverService();
        ChromeDriver started = null;
        if (Files.isExecutable(Path.of(HEADLESS_SHELL))) {
            try {
                started = new ChromeDriver(chosen, options(HEADLESS_SHELL, profile));
            } catch (SessionNotCreatedException e) { // e.g. a shell of another version than the driver
                chosen.stop();
                chosen = driverService();
                System.err.println("HeadlessChromium: " + HEADLESS_SHELL + " did not start, using " + CHROMIUM + ": "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        service = chosen;
        driver = started != null ? started : new ChromeDriver(service, options(CHROMIUM, profile));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        driver.executeCdpCommand("Page.enable", Map.of());
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
        driver.executeCdpCommand("Network.enable", Map.of());
    }

    private static ChromeDriverService driverService() {
        return new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    }

    private static ChromeOptions options(String binary, Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        if (binary.equals(HEADLESS_SHELL)) {
            options.setCapability("browserName", "chrome-headless-shell"); // so chromedriver opens the first page itself
        } else {
            options.addArguments("--headless=new");
        }
        // a page is inspected once its DOM is parsed: live carriers are found in the DOM, and calls made later by
        // load or error handlers are recorded by the trap all the same (the inspection reads them after a yield)
        options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.EAGER);
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600", "--user-data-dir=" + Files.createDirectories(profile));
        return options;
    }

    /** With {@code bypass}, pages load as if they sent no Content-Security-Policy (the second line of defence off). */
    void bypassCsp(boolean bypass) {
        if (bypassing != null && bypassing == bypass) return;
        driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", bypass));
        bypassing = bypass;
    }

    /** Requests from now on carry {@code X-Forwarded-For: address} (a trusted proxy's client), so limits per client apply to it. */
    void clientAddress(String address) {
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    Inspection open(String url) {
        driver.get(url);
        return inspect();
    }

    @SuppressWarnings("unchecked")
    Inspection inspect() {
        try {
            Thread.sleep(20); // error and focus events of the page fire after load
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, Object> r = (Map<String, Object>) driver.executeScript(INSPECT);
        return new Inspection((List<String>) r.get("hits"), (List<String>) r.get("live"), (String) r.get("url"), (String) r.get("text"));
    }

    /**
     * Fills the form matched by {@code formSelector} with {@code values} (hidden fields and selects included, the
     * browser's own checks skipped, as a hostile client would) and submits it; waits for the answer to load.
     */
    Inspection submit(String formSelector, Map<String, String> values) {
        driver.executeScript("""
                const form = document.querySelector(arguments[0]);
                if (!form) throw new Error('no form ' + arguments[0] + ' on ' + location.href);
                for (const [name, value] of Object.entries(arguments[1])) {
                  let field = form.elements.namedItem(name);
                  if (field instanceof RadioNodeList) field = field[0];
                  if (!field) { field = document.createElement('input'); field.type = 'hidden'; field.name = name; form.appendChild(field); }
                  if (field.tagName === 'SELECT') {
                    const o = document.createElement('option'); o.value = value; o.textContent = 'x'; field.appendChild(o);
                  }
                  field.value = value;
                }
                window.__leaving = true;
                HTMLFormElement.prototype.submit.call(form);""", formSelector, values);
        awaitNextPage(driver);
        return inspect();
    }

    /** Clicks an element that leads to another page (a form's button, a link) and waits for that page to load. */
    void clickThrough(WebElement element) {
        clickThrough(driver, element);
    }

    /** As {@link #clickThrough(WebElement)}, in a browser a test drives itself. */
    static void clickThrough(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("window.__leaving = true");
        element.click();
        awaitNextPage(driver);
    }

    /**
     * Waits for a document without the {@code __leaving} mark to finish loading. The old document stays "complete"
     * until the answer replaces it, so readyState alone does not wait; asking an old element whether it is stale can
     * itself fail while Chromium swaps the documents ("Node … does not belong to the document" failed a CI run), so
     * errors during the swap are waited through. Polled every 10 ms: the answer is usually there within a few.
     */
    private static void awaitNextPage(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__leaving === undefined && document.readyState === 'complete'")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}

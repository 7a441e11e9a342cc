package io.newsdesk.app.site.popular;

import java.util.Locale;
import java.util.regex.Pattern;

/** Known crawlers, link previewers, monitors and scripted clients: their requests are not readers. */
public final class Bots {
    private static final Pattern BOT = Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|pingdom|uptime|"
                    + "headlesschrome|phantomjs|lighthouse|curl/|wget/|python-requests|python-urllib|go-http-client|"
                    + "java/|okhttp|httpclient|libwww|scrapy|feedfetcher|wrk");

    private Bots() {}

    public static boolean isBot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || BOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}

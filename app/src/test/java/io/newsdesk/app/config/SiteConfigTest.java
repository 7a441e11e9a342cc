package io.newsdesk.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteConfigTest {
    @Test
    void theDemoIdentityIsTheDefaultOnlyWhileTheDemoIsOn() {
        SiteConfig demo = SiteConfig.fromEnvironment(Map.of());
        SiteConfig own = SiteConfig.fromEnvironment(Map.of("NEWSDESK_DEMO", "false"));

        assertThat(demo.siteName()).isEqualTo("Vantara Coast Herald");
        assertThat(demo.telegramChannel()).isEqualTo("vantaraherald");
        assertThat(own.siteName()).isEqualTo("Newsdesk");
        assertThat(own.hasTelegramChannel()).isFalse();
    }

    @Test
    void whatTheOperatorSetsWinsEitherWay() {
        SiteConfig own = SiteConfig.fromEnvironment(Map.of("NEWSDESK_DEMO", "false",
                "NEWSDESK_SITE_NAME", "Harbour Daily", "NEWSDESK_TELEGRAM_CHANNEL", "harbourdaily"));
        SiteConfig demoWithout = SiteConfig.fromEnvironment(Map.of("NEWSDESK_TELEGRAM_CHANNEL", ""));

        assertThat(own.siteName()).isEqualTo("Harbour Daily");
        assertThat(own.telegramChannel()).isEqualTo("harbourdaily");
        assertThat(demoWithout.hasTelegramChannel()).isFalse();
    }
}

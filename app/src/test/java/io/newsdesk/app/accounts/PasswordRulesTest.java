package io.newsdesk.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {
    @Test
    void refusesShortCommonAndPatternedPasswords() {
        for (String weak : new String[] {"short one", "password1234", "Password2024!", "!!qwertyuiop12", "aaaaaaaaaaaa",
                "123456789012", "abababababab", "zxcvbnmasdfghjkl", "poiuytrewq12", "correcthorsebatterystaple", "Welcome123456", "iloveyou2025"}) {
            assertThat(PasswordRules.problem(weak.toCharArray(), "someone")).as(weak).isPresent();
        }
        assertThat(PasswordRules.problem("maria-kovalenko-77".toCharArray(), "Maria-Kovalenko")).isPresent();
    }

    @Test
    void acceptsALongUncommonPassword() {
        for (String good : new String[] {"river otter lantern 42", "Tq8#vLm2pZr!w", "correct horse battery"}) {
            assertThat(PasswordRules.problem(good.toCharArray(), "admin")).as(good).isEmpty();
        }
    }

    @Test
    void argon2idHashesMatchOnlyTheirPasswordAndPbkdf2IsOutdated() {
        String h = PasswordHash.hash("river otter lantern 42".toCharArray());
        assertThat(h).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(PasswordHash.matches("river otter lantern 42".toCharArray(), h)).isTrue();
        assertThat(PasswordHash.matches("river otter lantern 43".toCharArray(), h)).isFalse();
        assertThat(PasswordHash.outdated(h)).isFalse();
        String old = PasswordHash.pbkdf2("river otter lantern 42".toCharArray(), 1000);
        assertThat(PasswordHash.matches("river otter lantern 42".toCharArray(), old)).isTrue();
        assertThat(PasswordHash.outdated(old)).isTrue();
        assertThat(PasswordHash.matches("x".toCharArray(), "$argon2id$v=19$m=99999999,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(PasswordHash.matches("x".toCharArray(), "garbage")).isFalse();
    }
}

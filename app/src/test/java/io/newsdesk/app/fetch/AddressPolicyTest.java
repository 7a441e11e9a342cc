package io.newsdesk.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
    static String reason(String literal) throws UnknownHostException {
        return AddressPolicy.nonPublicReason(InetAddress.getByName(literal)); // literals: no DNS lookup
    }

    @Test
    void nonPublicAddressesAreRecognised() throws Exception {
        assertThat(reason("127.0.0.1")).isEqualTo("loopback");
        assertThat(reason("::1")).isEqualTo("loopback");
        assertThat(reason("10.0.0.1")).isEqualTo("private");
        assertThat(reason("172.16.5.4")).isEqualTo("private");
        assertThat(reason("192.168.1.1")).isEqualTo("private");
        assertThat(reason("169.254.169.254")).isEqualTo("link-local");
        assertThat(reason("fe80::1")).isEqualTo("link-local");
        assertThat(reason("224.0.0.1")).isEqualTo("multicast");
        assertThat(reason("ff02::1")).isEqualTo("multicast");
        assertThat(reason("fd00::1")).isEqualTo("unique-local");
        assertThat(reason("100.64.0.1")).isEqualTo("carrier-grade NAT");
        assertThat(reason("0.0.0.0")).isEqualTo("unspecified");
        assertThat(reason("255.255.255.255")).isEqualTo("reserved");
        assertThat(reason("::ffff:10.0.0.1")).isEqualTo("private"); // IPv4-mapped
        assertThat(reason("64:ff9b::a9fe:a9fe")).isEqualTo("link-local"); // NAT64 of 169.254.169.254
    }

    @Test
    void publicAddressesPass() throws Exception {
        assertThat(reason("93.184.216.34")).isNull();
        assertThat(reason("172.32.0.1")).isNull();
        assertThat(reason("100.128.0.1")).isNull();
        assertThat(reason("2606:4700::1111")).isNull();
    }

    @Test
    void allowancesAreNarrow() throws Exception {
        AddressPolicy demoOnly = new AddressPolicy(false, Set.of("http://127.0.0.1:8081"));
        demoOnly.check(URI.create("http://127.0.0.1:8081/feed.xml"));
        new AddressPolicy(true, Set.of()).check(URI.create("http://10.0.0.1/"));
        // the trusted origin is one server: not another port, not another name for it, not other private ranges
        for (String refused : List.of("http://127.0.0.1:8082/", "http://127.0.0.1/", "https://127.0.0.1:8081/",
                "http://localhost:8081/", "http://127.0.0.2:8081/", "http://[::1]:8081/", "http://10.0.0.1:8081/")) {
            assertThatThrownBy(() -> demoOnly.check(URI.create(refused))).as(refused)
                    .isInstanceOfSatisfying(FetchFailure.class, f -> assertThat(f.cause).isEqualTo(FailureCause.PRIVATE_ADDRESS));
        }
        assertThatThrownBy(() -> new AddressPolicy(false, Set.of()).check(URI.create("http://[::1]/")))
                .isInstanceOfSatisfying(FetchFailure.class, f -> assertThat(f.cause).isEqualTo(FailureCause.PRIVATE_ADDRESS));
    }

    @Test
    void anOriginMakesTheDefaultPortExplicit() {
        assertThat(AddressPolicy.origin(URI.create("http://LocalHost/x"))).isEqualTo("http://localhost:80");
        assertThat(AddressPolicy.origin(URI.create("https://example.org/x"))).isEqualTo("https://example.org:443");
        assertThat(AddressPolicy.origin(URI.create("http://127.0.0.1:8081"))).isEqualTo("http://127.0.0.1:8081");
    }
}

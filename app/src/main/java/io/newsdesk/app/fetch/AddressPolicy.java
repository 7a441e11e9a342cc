package io.newsdesk.app.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses hosts that resolve to non-public addresses, so a feed (or a redirect in it) cannot make us probe the
 * machine's own network (SSRF): loopback, private, link-local (cloud metadata at 169.254.169.254), multicast,
 * unique-local IPv6, CGNAT and reserved ranges.
 *
 * <p>The one exception short of allowing all private networks is a set of trusted origins: our own loopback
 * servers (the demo outlets), matched on scheme, host as written and port. A name that resolves to loopback, or
 * another port on it, stays refused, so a feed or a redirect cannot reach the machine's other local services.
 *
 * <p>Known gap: HttpClient resolves the name again when it connects, so a DNS server that answers differently
 * the second time (DNS rebinding) could slip through. Pinning the address would need our own connection layer.
 */
public final class AddressPolicy {
    private final boolean allowPrivate;
    private final Set<String> trustedOrigins;

    AddressPolicy(boolean allowPrivate, Set<String> trustedOrigins) {
        this.allowPrivate = allowPrivate;
        this.trustedOrigins = Set.copyOf(trustedOrigins);
    }

    /** scheme://host:port of a URL, with the scheme's default port made explicit. */
    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }

    /** Resolves the URL's host; every address it has must be acceptable (an attacker controls which one gets used). */
    void check(URI uri) throws FetchFailure {
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchFailure(FailureCause.DNS, "cannot resolve host " + host);
        } catch (SecurityException | IllegalArgumentException e) {
            throw new FetchFailure(FailureCause.BAD_URL, "bad host " + host);
        }
        if (allowPrivate) {
            return;
        }
        boolean trusted = trustedOrigins.contains(origin(uri));
        for (InetAddress a : addresses) {
            String reason = nonPublicReason(a);
            if (reason != null && !(trusted && a.isLoopbackAddress())) {
                throw new FetchFailure(FailureCause.PRIVATE_ADDRESS, host + " resolves to " + a.getHostAddress() + " (" + reason
                        + "); private addresses are refused unless NEWSDESK_ALLOW_PRIVATE_NETWORKS=true or --allow-private-networks");
            }
        }
    }

    /** Why an address is not public, or null when it is public. */
    public static String nonPublicReason(InetAddress a) {
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return ipv4Reason(b);
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
            // IPv6 forms that carry an IPv4 address: judge the embedded one
            if (isZero(b, 0, 12) || (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && isZero(b, 4, 12))) {
                return ipv4Reason(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) { // 6to4
                return ipv4Reason(new byte[] {b[2], b[3], b[4], b[5]});
            }
        }
        return null;
    }

    private static String ipv4Reason(byte[] b) {
        int o0 = b[0] & 0xff;
        int o1 = b[1] & 0xff;
        if (o0 == 0) {
            return "this network";
        }
        if (o0 == 127) {
            return "loopback";
        }
        if (o0 == 10 || (o0 == 172 && o1 >= 16 && o1 < 32) || (o0 == 192 && o1 == 168)) {
            return "private";
        }
        if (o0 == 169 && o1 == 254) {
            return "link-local";
        }
        if (o0 == 100 && o1 >= 64 && o1 < 128) {
            return "carrier-grade NAT";
        }
        if (o0 == 198 && (o1 == 18 || o1 == 19)) {
            return "benchmarking";
        }
        if (o0 == 192 && o1 == 0 && (b[2] & 0xff) == 0) {
            return "IETF protocol assignments";
        }
        if (o0 >= 224) {
            return o0 < 240 ? "multicast" : "reserved";
        }
        return null;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}

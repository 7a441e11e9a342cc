package io.newsdesk.app.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies whose forwarded headers are believed ({@code NEWSDESK_TRUSTED_PROXIES}): addresses or CIDR ranges,
 * comma-separated. Empty trusts nobody, so a client cannot choose the address its limits are counted against.
 */
public final class TrustedProxies {
    // literals only: InetAddress.getByName would resolve a host name through DNS
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Network(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) return false;
            int whole = bits / 8, rest = bits % 8;
            for (int i = 0; i < whole; i++) if (address[i] != prefix[i]) return false;
            if (rest == 0) return true;
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Network> networks;

    private TrustedProxies(List<Network> networks) {
        this.networks = networks;
    }

    /** Parses "10.0.0.1, 192.168.0.0/16, ::1"; a malformed entry is an error, never silently skipped. */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) return NONE;
        List<Network> networks = new ArrayList<>();
        for (String entry : list.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) continue;
            int slash = e.indexOf('/');
            byte[] prefix = literal(slash < 0 ? e : e.substring(0, slash));
            if (prefix == null) throw new IllegalArgumentException("not an IP address or CIDR range: " + e);
            int bits = prefix.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(e.substring(slash + 1));
                } catch (NumberFormatException x) {
                    bits = -1;
                }
                if (bits < 0 || bits > prefix.length * 8) throw new IllegalArgumentException("bad prefix length in " + e);
            }
            networks.add(new Network(prefix, bits));
        }
        return new TrustedProxies(List.copyOf(networks));
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    /** Whether {@code address} (an IP literal) is one of the trusted proxies. */
    public boolean trusts(String address) {
        if (networks.isEmpty()) return false;
        byte[] bytes = literal(address);
        if (bytes == null) return false;
        for (Network n : networks) if (n.contains(bytes)) return true;
        return false;
    }

    /** The bytes of an IP literal (IPv4-mapped IPv6 as IPv4), or null when it is not one. */
    static byte[] literal(String s) {
        if (s == null || s.isEmpty() || !IP_LITERAL.matcher(s).matches()) return null;
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An IP literal in one spelling (so "::1" and "0:0:0:0:0:0:0:1" count as one client), or null. */
    static String normalise(String s) {
        if (s == null || s.isEmpty() || !IP_LITERAL.matcher(s).matches()) return null;
        try {
            return InetAddress.getByName(s).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}

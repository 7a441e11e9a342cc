package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for JSON-LD blocks: objects become {@link Map}, arrays {@link List},
 * strings {@link String}, numbers {@link Double}, literals {@link Boolean} or null. Bounded depth;
 * returns null instead of throwing on malformed input.
 */
final class Json {
    private static final int MAX_DEPTH = 64;
    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        if (text == null) return null;
        try {
            Json j = new Json(text);
            j.ws();
            return j.value(0);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF') i++;
            else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') { // comments appear in hand-made JSON-LD
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (c == '<' && s.startsWith("<!--", i)) i += 4;
            else if (c == '-' && s.startsWith("-->", i)) i += 3;
            else break;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) throw new IllegalStateException("too deep");
        if (i >= s.length()) throw new IllegalStateException("eof");
        char c = s.charAt(i);
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"' || c == '\'') return string(c);
        if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
        if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
        if (s.startsWith("null", i)) { i += 4; return null; }
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        if (start == i) throw new IllegalStateException("bad value");
        try {
            return Double.parseDouble(s.substring(start, i));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        ws();
        while (i < s.length() && s.charAt(i) != '}') {
            char q = s.charAt(i);
            String key;
            if (q == '"' || q == '\'') key = string(q);
            else throw new IllegalStateException("bad key");
            ws();
            if (i >= s.length() || s.charAt(i) != ':') throw new IllegalStateException("colon");
            i++;
            ws();
            map.put(key, value(depth + 1));
            ws();
            if (i < s.length() && s.charAt(i) == ',') { i++; ws(); }
        }
        i++;
        return map;
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        i++;
        ws();
        while (i < s.length() && s.charAt(i) != ']') {
            list.add(value(depth + 1));
            ws();
            if (i < s.length() && s.charAt(i) == ',') { i++; ws(); }
        }
        i++;
        return list;
    }

    private String string(char quote) {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == quote) return b.toString();
            if (c == '\\' && i < s.length()) {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b', 'f' -> b.append(' ');
                    case 'u' -> {
                        if (i + 4 <= s.length()) {
                            try {
                                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            } catch (NumberFormatException ex) {
                                b.append('?');
                            }
                            i += 4;
                        }
                    }
                    default -> b.append(e);
                }
            } else if (c == '\n' || c == '\r') {
                b.append(' '); // raw newlines inside strings are invalid JSON but common in JSON-LD
            } else {
                b.append(c);
            }
        }
        throw new IllegalStateException("unterminated string");
    }
}

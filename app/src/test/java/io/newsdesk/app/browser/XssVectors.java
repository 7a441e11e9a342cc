package io.newsdesk.app.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-site scripting vectors of {@code security/xss-vectors.txt}, numbered per input: the vector sent
 * through input {@code k} as number {@code i} carries the marker {@code k * 1000 + i}, so an execution or a
 * live carrier on a page names the input and the vector it came through.
 */
final class XssVectors {
    private final List<String> templates;
    private final Map<Integer, String> sent = new LinkedHashMap<>();
    private int inputs;

    record Vector(int marker, String text) {}

    XssVectors() throws IOException {
        try (InputStream in = XssVectors.class.getResourceAsStream("/security/xss-vectors.txt")) {
            templates = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    int size() {
        return templates.size();
    }

    /** Every vector, marked for a new input named {@code input}. */
    List<Vector> forInput(String input) {
        int k = ++inputs;
        List<Vector> out = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            int marker = k * 1000 + i;
            out.add(new Vector(marker, templates.get(i).replace("${N}", Integer.toString(marker))));
            sent.put(marker, input + " #" + i);
        }
        return out;
    }

    int inputCount() {
        return inputs;
    }

    /** The inputs and vectors that a finding on a page (a recorded call or a live carrier) names. */
    String explain(String finding) {
        StringBuilder why = new StringBuilder();
        for (var e : sent.entrySet()) {
            if (finding.contains(Integer.toString(e.getKey()))) why.append(" [").append(e.getValue()).append(']');
        }
        return finding + why;
    }
}

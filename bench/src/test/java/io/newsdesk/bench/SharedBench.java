package io.newsdesk.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared benchmark data, beside the repository: ../shared/bench from the repository root. */
final class SharedBench {
    private SharedBench() {}

    /**
     * ../shared/bench/{@code part}, resolved from the module folder (bench/), or under
     * $NEWSDESK_SHARED_BENCH. The pages belong to their publishers and are not in the repository,
     * so a clone without them skips (with this message) the tests that need them.
     */
    static Path folder(String part) {
        String env = System.getenv("NEWSDESK_SHARED_BENCH");
        Path base = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "..", "shared", "bench");
        Path dir = base.resolve(part).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir), "The shared benchmark data is missing: expected " + dir
                + " (../shared/bench/" + part + " beside the repository root, or set NEWSDESK_SHARED_BENCH).");
        return dir;
    }
}

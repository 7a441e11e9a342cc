package io.newsdesk.app.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a node of a site needs to know to run beside others on one database, from the environment:
 *
 * @param nodeId   {@code NEWSDESK_NODE_ID}: how this node names itself in leases; default host, process id and a random
 *                 suffix, so a restarted process is a new holder
 * @param lease    {@code NEWSDESK_LEASE_SECONDS} (default 30): how long a node holds a one-node-at-a-time task
 *                 (the import scheduler, scheduled publishing, Telegram, WebSub) without renewing it; another node
 *                 takes the task over this long after the holder died
 * @param jobLease {@code NEWSDESK_JOB_LEASE_SECONDS} (default 300): how long a claimed import job is its worker's;
 *                 a killed node's jobs are taken by the others after this
 * @param mediaDir {@code NEWSDESK_MEDIA_DIR} (default {@code <data>/media}): the stored images; with several nodes a
 *                 directory they all mount (files are content-addressed and written atomically)
 */
public record NodeSettings(String nodeId, Duration lease, Duration jobLease, Path mediaDir) {
    static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    static final Duration DEFAULT_JOB_LEASE = Duration.ofMinutes(5);

    public NodeSettings {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(mediaDir, "mediaDir");
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) throw new IllegalArgumentException("the lease must be at least 1 second");
        if (jobLease.compareTo(Duration.ofSeconds(1)) < 0) throw new IllegalArgumentException("the job lease must be at least 1 second");
    }

    /** One node alone, its images in the data directory. */
    public static NodeSettings defaults(Path dataDir) {
        return new NodeSettings(defaultNodeId(), DEFAULT_LEASE, DEFAULT_JOB_LEASE, dataDir.resolve("media"));
    }

    /** @throws IllegalArgumentException naming the variable, when one is not a whole number of seconds or is blank */
    public static NodeSettings fromEnvironment(Map<String, String> env, Path dataDir) {
        String id = env.get("NEWSDESK_NODE_ID");
        if (id != null && (id.isBlank() || id.length() > 100)) {
            throw new IllegalArgumentException("NEWSDESK_NODE_ID must be 1 to 100 characters, got '" + id + "'");
        }
        String media = env.get("NEWSDESK_MEDIA_DIR");
        if (media != null && media.isBlank()) throw new IllegalArgumentException("NEWSDESK_MEDIA_DIR is set but empty");
        return new NodeSettings(id != null ? id.strip() : defaultNodeId(),
                seconds(env, "NEWSDESK_LEASE_SECONDS", DEFAULT_LEASE),
                seconds(env, "NEWSDESK_JOB_LEASE_SECONDS", DEFAULT_JOB_LEASE),
                media != null ? Path.of(media.strip()) : dataDir.resolve("media"));
    }

    private static Duration seconds(Map<String, String> env, String name, Duration otherwise) {
        String value = env.get(name);
        if (value == null) return otherwise;
        try {
            long s = Long.parseLong(value.strip());
            if (s >= 1 && s <= 86_400) return Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(name + " must be a number of seconds from 1 to 86400, got '" + value + "'");
    }

    private static String defaultNodeId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + Long.toHexString(new java.security.SecureRandom().nextLong() & 0xffffffL);
    }
}

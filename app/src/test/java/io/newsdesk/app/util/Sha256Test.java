package io.newsdesk.app.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
    // FIPS 180-2 test vector: SHA-256("abc")
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void aTextIsHashedAsUtf8InLowerCaseHex() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.hex("Київ")).isEqualTo(Sha256.shortHex(32, "Київ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileHashesLikeItsBytesAcrossReadBlocks(@TempDir Path dir) throws Exception {
        Path small = Files.writeString(dir.resolve("abc.txt"), "abc");
        assertThat(Sha256.hex(small)).isEqualTo(ABC);
        String big = "newsdesk ".repeat(20_000); // more than one 64 KiB block
        Path large = Files.writeString(dir.resolve("big.txt"), big);
        assertThat(Sha256.hex(large)).isEqualTo(Sha256.hex(big));
    }

    @Test
    void shortHexIsThePrefixOfTheHashOfThePartsJoined() {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        byte[] bc = "bc".getBytes(StandardCharsets.UTF_8);
        assertThat(Sha256.shortHex(12, a, bc)).isEqualTo(ABC.substring(0, 24));
        assertThat(Sha256.shortHex(5, "abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC.substring(0, 10));
        assertThat(Sha256.shortHex(32, "abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC);
    }
}

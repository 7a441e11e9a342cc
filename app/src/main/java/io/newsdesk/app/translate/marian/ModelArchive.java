package io.newsdesk.app.translate.marian;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a model archive ({@code .tar.gz} or {@code .zip}, told apart by their first bytes) into a directory.
 * Only the files a model needs are written, by their base name, wherever they sit in the archive (a top folder
 * such as {@code opus-mt-ru-en/} is usual): archive paths never become file paths, so no entry can escape the
 * directory, and the unpacked size is capped against archives that inflate without end.
 */
final class ModelArchive {
    private ModelArchive() {}

    /** Writes the model's files found in {@code archive} into {@code dir}; returns the names written. */
    static Set<String> unpack(InputStream archive, Path dir, long maxUnpackedBytes) throws IOException {
        BufferedInputStream in = new BufferedInputStream(archive, 1 << 16);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return untar(new GZIPInputStream(in, 1 << 16), dir, maxUnpackedBytes);
        }
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            return unzip(new ZipInputStream(in), dir, maxUnpackedBytes);
        }
        throw new IOException("not a .tar.gz or .zip archive (it starts with bytes " + java.util.HexFormat.of().formatHex(magic) + ")");
    }

    private static Set<String> unzip(ZipInputStream zip, Path dir, long budget) throws IOException {
        Set<String> written = new HashSet<>();
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            String name = wanted(e.getName());
            if (e.isDirectory() || name == null) continue;
            budget -= copy(zip, Long.MAX_VALUE, dir, name, written, budget);
        }
        return written;
    }

    /** A minimal ustar/GNU/pax tar reader: regular files only, long names from GNU 'L' and pax 'path' records. */
    private static Set<String> untar(InputStream tar, Path dir, long budget) throws IOException {
        Set<String> written = new HashSet<>();
        byte[] header = new byte[512];
        String longName = null;
        while (true) {
            int n = tar.readNBytes(header, 0, 512);
            if (n == 0) break; // some writers omit the two zero blocks at the end
            if (n < 512) throw new EOFException("the archive ends inside a tar header (truncated download?)");
            if (isZero(header)) break;
            String name = longName != null ? longName : entryName(header);
            longName = null;
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            long padded = (size + 511) / 512 * 512;
            if (type == 'L' || type == 'x') {
                if (size > 1 << 16) throw new IOException("a tar name record of " + size + " bytes");
                byte[] data = readFully(tar, (int) size);
                skip(tar, padded - size);
                longName = type == 'L' ? cString(data, 0, data.length) : paxPath(data);
                continue;
            }
            String wanted = (type == '0' || type == 0) ? wanted(name) : null;
            if (wanted != null) {
                budget -= copy(tar, size, dir, wanted, written, budget);
                skip(tar, padded - size);
            } else {
                skip(tar, padded);
            }
        }
        return written;
    }

    /** The base name of an archive entry when it is one of the model's files, else null. */
    private static String wanted(String entryName) {
        String base = entryName.substring(entryName.replace('\\', '/').lastIndexOf('/') + 1);
        return ModelFiles.REQUIRED.contains(base) ? base : null;
    }

    private static long copy(InputStream in, long size, Path dir, String name, Set<String> written, long budget) throws IOException {
        if (!written.add(name)) throw new IOException("the archive holds more than one " + name);
        if (size != Long.MAX_VALUE && size > budget) throw new IOException(name + " in the archive is larger than the limit");
        long copied = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(dir.resolve(name), StandardOpenOption.CREATE_NEW)) {
            while (copied < size) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, size - copied));
                if (r < 0) {
                    if (size == Long.MAX_VALUE) break;
                    throw new EOFException("the archive ends inside " + name + " (truncated download?)");
                }
                copied += r;
                if (copied > budget) throw new IOException("the archive unpacks to more than the limit of " + budget + " bytes");
                out.write(buf, 0, r);
            }
        }
        return copied;
    }

    private static String entryName(byte[] h) {
        String name = cString(h, 0, 100);
        boolean ustar = new String(h, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
        String prefix = ustar ? cString(h, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(byte[] records) {
        // records are "<length> <key>=<value>\n"
        for (String line : new String(records, StandardCharsets.UTF_8).split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && line.startsWith("path=", space + 1)) return line.substring(space + 6);
        }
        return null;
    }

    private static long octal(byte[] h, int from, int length) throws IOException {
        String s = cString(h, from, length).trim();
        if (s.isEmpty()) return 0;
        try {
            return Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new IOException("not a tar archive (bad size field '" + s + "')");
        }
    }

    private static String cString(byte[] b, int from, int length) {
        int end = from;
        while (end < from + length && b[end] != 0) end++;
        return new String(b, from, end - from, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    private static byte[] readFully(InputStream in, int n) throws IOException {
        byte[] data = in.readNBytes(n);
        if (data.length < n) throw new EOFException("the archive ends early (truncated download?)");
        return data;
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                if (in.read() < 0) throw new EOFException("the archive ends early (truncated download?)");
                s = 1;
            }
            n -= s;
        }
    }
}

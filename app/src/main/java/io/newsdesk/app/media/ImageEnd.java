package io.newsdesk.app.media;

/**
 * Where the image inside a JPEG, PNG or GIF file ends, found by walking the format's own structure (JPEG markers
 * and entropy-coded data up to EOI, PNG chunks up to IEND, GIF blocks up to the trailer). Bytes after that end are
 * no part of the picture: they are how a polyglot is made (a GIF that is also a script, a JPEG with a page
 * appended), or a phone's "motion photo" video. Returns -1 when the structure breaks off before its end.
 */
final class ImageEnd {
    private ImageEnd() {}

    static int of(byte[] b, String format) {
        try {
            return switch (format) {
                case "jpeg" -> jpeg(b);
                case "png" -> png(b);
                case "gif" -> gif(b);
                default -> -1;
            };
        } catch (ArrayIndexOutOfBoundsException e) { // a length that points past the file
            return -1;
        }
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int jpeg(byte[] b) {
        int pos = 2; // after SOI
        while (pos + 1 < b.length) {
            if (u8(b, pos) != 0xFF) return -1;
            int marker = u8(b, pos + 1);
            if (marker == 0xFF) { // fill byte
                pos++;
                continue;
            }
            if (marker == 0xD9) return pos + 2; // EOI
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
                pos += 2;
                continue;
            }
            int length = (u8(b, pos + 2) << 8) | u8(b, pos + 3);
            if (length < 2) return -1;
            pos += 2 + length;
            if (marker == 0xDA) { // start of scan: entropy-coded data up to the next marker that is not a stuffed 0 or a restart
                while (pos + 1 < b.length) {
                    if (u8(b, pos) == 0xFF) {
                        int next = u8(b, pos + 1);
                        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) break;
                    }
                    pos++;
                }
            }
        }
        return -1;
    }

    private static int png(byte[] b) {
        int pos = 8;
        while (pos + 12 <= b.length) {
            long length = ((long) u8(b, pos) << 24) | (u8(b, pos + 1) << 16) | (u8(b, pos + 2) << 8) | u8(b, pos + 3);
            boolean end = b[pos + 4] == 'I' && b[pos + 5] == 'E' && b[pos + 6] == 'N' && b[pos + 7] == 'D';
            long next = pos + 12 + length;
            if (next > b.length) return -1;
            if (end) return (int) next;
            pos = (int) next;
        }
        return -1;
    }

    private static int gif(byte[] b) {
        int pos = 13; // header and logical screen descriptor
        int flags = u8(b, 10);
        if ((flags & 0x80) != 0) pos += 3 << ((flags & 7) + 1);
        while (pos < b.length) {
            int block = u8(b, pos);
            if (block == 0x3B) return pos + 1; // trailer
            if (block == 0x21) { // extension: label, then data sub-blocks
                pos = subBlocks(b, pos + 2);
            } else if (block == 0x2C) { // image descriptor, local colour table, LZW code size, data sub-blocks
                int local = u8(b, pos + 9);
                pos += 10;
                if ((local & 0x80) != 0) pos += 3 << ((local & 7) + 1);
                pos = subBlocks(b, pos + 1);
            } else {
                return -1;
            }
            if (pos < 0) return -1;
        }
        return -1;
    }

    private static int subBlocks(byte[] b, int pos) {
        while (pos < b.length) {
            int size = u8(b, pos);
            pos += 1 + size;
            if (size == 0) return pos;
        }
        return -1;
    }
}

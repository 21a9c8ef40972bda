package no.ks.ledergaloppen.assignment;

import java.nio.charset.StandardCharsets;

/**
 * Reads an Office Open XML file's table of contents (the zip's central directory) straight from its bytes,
 * without unpacking anything: a 10 MB file can hold gigabytes of zeros, and nothing here inflates them.
 * What the table declares is capped: at most {@link #MAX_ENTRIES} parts and {@link #MAX_UNPACKED_BYTES}
 * unpacked, so whoever opens the file later is not handed a zip bomb either.
 */
final class OfficeZip {

    static final int MAX_ENTRIES = 1000;
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    enum Verdict { OFFICE, NOT_OFFICE, UNPACKS_TOO_LARGE }

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int ENTRY_SIZE = 46;

    private OfficeZip() {
    }

    /** Whether the bytes are a zip with [Content_Types].xml and a part under {@code folder} (word/, xl/, ppt/). */
    static Verdict check(byte[] data, String folder) {
        int end = endOfCentralDirectory(data);
        if (end < 0) {
            return Verdict.NOT_OFFICE;
        }
        int entries = u16(data, end + 10);
        long offset = u32(data, end + 16);
        if (entries > MAX_ENTRIES || offset + u32(data, end + 12) > end) {
            return Verdict.NOT_OFFICE; // also a ZIP64 file, whose counts and offsets read 0xFFFF...; Office writes none this small
        }
        boolean types = false;
        boolean part = false;
        long unpacked = 0;
        int at = (int) offset;
        for (int i = 0; i < entries; i++) {
            if (at + ENTRY_SIZE > end || u32(data, at) != ENTRY_SIGNATURE) {
                return Verdict.NOT_OFFICE;
            }
            int nameLength = u16(data, at + 28);
            if (at + ENTRY_SIZE + nameLength > end) {
                return Verdict.NOT_OFFICE;
            }
            unpacked += u32(data, at + 24);
            if (unpacked > MAX_UNPACKED_BYTES) {
                return Verdict.UNPACKS_TOO_LARGE;
            }
            String name = new String(data, at + ENTRY_SIZE, nameLength, StandardCharsets.UTF_8);
            types |= name.equals("[Content_Types].xml");
            part |= name.startsWith(folder);
            at += ENTRY_SIZE + nameLength + u16(data, at + 30) + u16(data, at + 32);
        }
        return types && part ? Verdict.OFFICE : Verdict.NOT_OFFICE;
    }

    /** Where the end record starts: searched from the back, and its comment must reach exactly to the end. */
    private static int endOfCentralDirectory(byte[] data) {
        for (int at = data.length - END_SIZE; at >= Math.max(0, data.length - END_SIZE - 0xFFFF); at--) {
            if (u32(data, at) == END_SIGNATURE && at + END_SIZE + u16(data, at + 20) == data.length) {
                return at;
            }
        }
        return -1;
    }

    private static int u16(byte[] data, int at) {
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] data, int at) {
        return u16(data, at) | (long) u16(data, at + 2) << 16;
    }
}

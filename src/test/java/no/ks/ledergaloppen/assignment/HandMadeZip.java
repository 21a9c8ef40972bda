package no.ks.ledergaloppen.assignment;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zip files written byte by byte, for what a zip library will not write: a zip bomb whose entries share
 * one deflated block of zeros, or thousands of entries. Each entry is stored or deflated, no extras.
 */
final class HandMadeZip {

    private static final int ZEROS = 64 * 1024 * 1024;
    private static byte[] deflatedZeros;
    private static long zerosCrc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<byte[]> central = new ArrayList<>();

    /** {@code copies} entries of 64 MiB of zeros each (about 64 KiB each in the file), then a .docx's two parts. */
    static byte[] zerosThenWordParts(int copies) {
        HandMadeZip zip = new HandMadeZip();
        for (int i = 0; i < copies; i++) {
            zip.entry("nuller/" + i + ".bin", 8, deflatedZeros(), zerosCrc, ZEROS);
        }
        return zip.stored("[Content_Types].xml", "<Types/>").stored("word/document.xml", "<w:document/>").finish();
    }

    /** A .docx's two parts behind {@code count} tiny entries. */
    static byte[] manyEntriesThenWordParts(int count) {
        HandMadeZip zip = new HandMadeZip();
        for (int i = 0; i < count; i++) {
            zip.stored("x/" + i, "");
        }
        return zip.stored("[Content_Types].xml", "<Types/>").stored("word/document.xml", "<w:document/>").finish();
    }

    private HandMadeZip stored(String name, String content) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry(name, 0, data, crc.getValue(), data.length);
        return this;
    }

    private void entry(String name, int method, byte[] data, long crc, long size) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int offset = out.size();
        ByteBuffer local = le(30).putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) method)
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc).putInt(data.length).putInt((int) size)
                .putShort((short) n.length).putShort((short) 0);
        out.writeBytes(local.array());
        out.writeBytes(n);
        out.writeBytes(data);
        ByteBuffer dir = le(46 + n.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                .putShort((short) 0).putShort((short) method).putShort((short) 0).putShort((short) 0x21)
                .putInt((int) crc).putInt(data.length).putInt((int) size).putShort((short) n.length)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                .putInt(offset).put(n);
        central.add(dir.array());
    }

    private byte[] finish() {
        int start = out.size();
        central.forEach(out::writeBytes);
        int size = out.size() - start;
        out.writeBytes(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) central.size()).putShort((short) central.size()).putInt(size).putInt(start)
                .putShort((short) 0).array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static synchronized byte[] deflatedZeros() {
        if (deflatedZeros == null) {
            byte[] zeros = new byte[ZEROS];
            CRC32 crc = new CRC32();
            crc.update(zeros);
            zerosCrc = crc.getValue();
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(zeros);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            deflatedZeros = compressed.toByteArray();
        }
        return deflatedZeros;
    }
}

package no.ks.ledergaloppen.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import no.ks.ledergaloppen.base.DomainException;

/**
 * Which files an answer may carry, checked on the server: the extension must be one of ours, the size
 * is counted while reading (never trusted from the client), and the content must really be what the
 * extension says (a renamed .exe is not a PDF; a zip bomb is not a Word document).
 */
final class FileRules {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES = 5;

    /** Extension → content type the server sends back; the client's content type is never used. */
    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private FileRules() {
    }

    /** The name to show: the last path segment, without control characters, at most 255 characters. */
    static String displayName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw new DomainException("file", "assignment.error.fileType", "");
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!TYPES.containsKey(ext)) {
            throw new DomainException("file", "assignment.error.fileType", name);
        }
        return ext;
    }

    /** Reads at most {@link #MAX_BYTES}; one byte more and the file is refused, before it is stored. */
    static byte[] read(InputStream in, String name) {
        try (in) {
            byte[] data = in.readNBytes((int) MAX_BYTES + 1);
            if (data.length > MAX_BYTES) {
                throw new DomainException("file", "assignment.error.fileTooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            if (data.length == 0) {
                throw new DomainException("file", "assignment.error.fileEmpty", name);
            }
            return data;
        } catch (IOException e) {
            throw new DomainException("file", "assignment.error.fileRead", name);
        }
    }

    /** Refuses content that does not match the extension, and Office files that unpack to far too much. */
    static void checkContent(String ext, byte[] data, String name) {
        boolean ok = switch (ext) {
            case "pdf" -> startsWith(data, "%PDF-".getBytes());
            case "png" -> startsWith(data, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case "jpg", "jpeg" -> startsWith(data, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "docx" -> officeZip(data, "word/", name);
            case "xlsx" -> officeZip(data, "xl/", name);
            case "pptx" -> officeZip(data, "ppt/", name);
            default -> false;
        };
        if (!ok) {
            throw new DomainException("file", "assignment.error.fileContent", name);
        }
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(Arrays.copyOf(data, magic.length), magic);
    }

    /** An Office Open XML file is a zip with [Content_Types].xml and its own folder (word/, xl/ or ppt/). */
    private static boolean officeZip(byte[] data, String folder, String name) {
        if (!startsWith(data, new byte[] {'P', 'K', 3, 4})) {
            return false;
        }
        OfficeZip.Verdict verdict = OfficeZip.check(data, folder);
        if (verdict == OfficeZip.Verdict.UNPACKS_TOO_LARGE) {
            throw new DomainException("file", "assignment.error.fileUnpacksTooLarge", name,
                    OfficeZip.MAX_UNPACKED_BYTES / (1024 * 1024));
        }
        return verdict == OfficeZip.Verdict.OFFICE;
    }
}

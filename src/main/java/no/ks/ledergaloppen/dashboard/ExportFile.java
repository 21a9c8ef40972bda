package no.ks.ledergaloppen.dashboard;

/** An export ready to download: its file name (such as "Pilot-i-vest-2026-11-23.xlsx"), type and bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {
}

package no.ks.ledergaloppen.backup;

import java.time.Instant;

/** One backup in the backup folder: its file name, size in bytes and when it was taken. */
public record BackupFile(String name, long size, Instant takenAt) {
}

package no.ks.ledergaloppen.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.ks.ledergaloppen.base.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of the embedded H2 database: H2's {@code BACKUP TO} writes a consistent zip of the database file
 * into the backup folder, named by the clock (Oslo time); backups older than the retention are deleted when
 * the next one is taken. On PostgreSQL the operator takes backups with {@code pg_dump} (see the README).
 * Administrators only.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("ledergaloppen-(\\d{8}-\\d{6})(-\\d{1,3})?\\.zip");

    private final DataSource dataSource;
    private final Clock clock;
    private final Path directory;
    private final int retentionDays;
    private volatile DatabaseKind kind;

    BackupService(DataSource dataSource, Clock clock,
                  @Value("${ledergaloppen.backup.directory:./data/backups}") Path directory,
                  @Value("${ledergaloppen.backup.retention-days:14}") int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("ledergaloppen.backup.retention-days must be at least 1");
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.directory = directory.toAbsolutePath().normalize();
        this.retentionDays = retentionDays;
    }

    /** The database the app runs on, which decides whether the app takes backups itself. */
    public DatabaseKind database() {
        DatabaseKind known = kind;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = DatabaseKind.of(c.getMetaData().getDatabaseProductName(), c.getMetaData().getURL());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database this is", e);
            }
            kind = known;
        }
        return known;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public String directory() {
        return directory.toString();
    }

    /** The backups in the backup folder, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(this::describe).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::takenAt).thenComparing(BackupFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a backup now, then deletes the backups older than the retention. */
    public synchronized BackupFile takeNow() {
        if (database() != DatabaseKind.H2_FILE) {
            throw DomainException.of("backups.error.notHere");
        }
        Instant now = clock.instant();
        try {
            Files.createDirectories(directory);
            Path target = freeName(LocalDateTime.ofInstant(now, OSLO).format(STAMP));
            Path part = directory.resolve("." + target.getFileName() + ".part");
            backupTo(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            BackupFile taken = describe(target).orElseThrow();
            LOG.info("Backup taken: {} ({} bytes)", target, taken.size());
            deleteOlderThanRetention(now);
            return taken;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a backup for download; only the names {@link #list()} gives are accepted. */
    public InputStream open(String name) {
        Path file = name == null || !NAME.matcher(name).matches() ? null : directory.resolve(name);
        if (file == null || !Files.isRegularFile(file)) {
            throw DomainException.of("backups.error.unknown");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void backupTo(Path file) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not write the backup " + file, e);
        }
    }

    private Path freeName(String stamp) {
        Path candidate = directory.resolve("ledergaloppen-" + stamp + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = directory.resolve("ledergaloppen-" + stamp + "-" + n + ".zip");
        }
        return candidate;
    }

    private void deleteOlderThanRetention(Instant now) throws IOException {
        Instant limit = now.minus(Duration.ofDays(retentionDays));
        for (BackupFile old : list()) {
            if (old.takenAt().isBefore(limit)) {
                Files.deleteIfExists(directory.resolve(old.name()));
                LOG.info("Backup {} deleted: older than {} days", old.name(), retentionDays);
            }
        }
    }

    private Optional<BackupFile> describe(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant taken = LocalDateTime.parse(m.group(1), STAMP).atZone(OSLO).toInstant();
            return Optional.of(new BackupFile(file.getFileName().toString(), Files.size(file), taken));
        } catch (IOException e) {
            return Optional.empty(); // deleted meanwhile
        }
    }
}

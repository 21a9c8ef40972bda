package no.ks.ledergaloppen.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import no.ks.ledergaloppen.OwnDatabase;
import no.ks.ledergaloppen.OwnDatabaseTest;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.JobClaims;
import no.ks.ledergaloppen.base.NodeName;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.FileSystemUtils;

/** Backups of the embedded H2 database: taken, kept for the retention, and good for a restore. */
class BackupServiceTest extends OwnDatabaseTest {

    @Autowired
    BackupService backups;
    @Autowired
    NightlyBackup nightly;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    SystemAuthentication system;

    private final Path folder = OwnDatabase.folder().resolve("backups");

    @BeforeEach
    void emptyTheBackupFolder() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    void a_backup_restored_into_a_fresh_database_has_the_same_cases() throws Exception {
        testLogin.as("admin");
        List<String> titles = jdbc.queryForList("select title from innovation_case order by id", String.class);
        assertThat(titles).isNotEmpty();

        BackupFile backup = backups.takeNow();
        Path restored = Files.createTempDirectory(OwnDatabase.folder(), "restored-");
        unzip(backups.open(backup.name()), restored);

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("ledergaloppen")
                + ";IFEXISTS=TRUE", "sa", "")) {
            assertThat(titlesIn(c)).isEqualTo(titles);
        }
    }

    @Test
    void the_nightly_job_takes_a_backup_named_by_the_clock_in_oslo_time() {
        testClock.stopAt(LocalDate.of(2030, 3, 1), LocalTime.of(2, 30));

        nightly.run();

        assertThat(folder.resolve("ledergaloppen-20300301-023000.zip")).isRegularFile();
    }

    @Test
    void with_two_nodes_on_one_database_the_nightly_backup_is_taken_once() {
        testClock.stopAt(LocalDate.of(2030, 4, 1), LocalTime.of(2, 30));
        NightlyBackup first = new NightlyBackup(backups, system, new JobClaims(dataSource, transactions, testClock, NodeName.of("node-1")));
        NightlyBackup second = new NightlyBackup(backups, system, new JobClaims(dataSource, transactions, testClock, NodeName.of("node-2")));

        first.run();
        second.run();

        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("ledergaloppen-20300401-023000.zip");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void backups_older_than_the_retention_are_deleted_when_the_next_is_taken_and_newer_ones_kept() {
        testLogin.as("admin");
        testClock.stopAt(LocalDate.of(2030, 1, 1), LocalTime.of(2, 30));
        String first = backups.takeNow().name();
        testClock.advance(Duration.ofDays(10));
        String second = backups.takeNow().name();
        testClock.advance(Duration.ofDays(5));
        String third = backups.takeNow().name();

        assertThat(backups.list()).extracting(BackupFile::name).containsExactly(third, second).doesNotContain(first);
        assertThat(folder.resolve(first)).doesNotExist();
    }

    @Test
    void two_backups_in_the_same_second_both_keep_their_own_file() {
        testLogin.as("admin");
        testClock.stopAt(LocalDate.of(2030, 1, 1), LocalTime.of(12, 0));

        String first = backups.takeNow().name();
        String second = backups.takeNow().name();

        assertThat(second).isNotEqualTo(first).isEqualTo("ledergaloppen-20300101-120000-2.zip");
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void only_an_administrator_may_take_list_or_download_backups() {
        testLogin.as("kari");

        assertThatThrownBy(backups::takeNow).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(backups::list).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.open("ledergaloppen-20300101-120000.zip"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(folder).doesNotExist();
    }

    @Test
    void a_name_that_is_not_one_of_the_backups_is_refused_with_a_clear_message_and_reveals_nothing() {
        testLogin.as("admin");
        backups.takeNow();

        for (String name : new String[] {"../../src/main/resources/application.properties", "../ledergaloppen.mv.db",
                "ledergaloppen-20300101-000000.zip", "", null}) {
            assertThatThrownBy(() -> backups.open(name)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("backups.error.unknown");
        }
    }

    private static List<String> titlesIn(Connection c) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (ResultSet rows = c.createStatement().executeQuery("select title from innovation_case order by id")) {
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
        }
        return titles;
    }

    private static void unzip(InputStream zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as("%s stays in the restore folder", entry.getName()).isTrue();
                Files.copy(in, target);
            }
        }
    }
}

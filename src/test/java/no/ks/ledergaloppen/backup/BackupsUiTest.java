package no.ks.ledergaloppen.backup;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import no.ks.ledergaloppen.OwnDatabase;
import no.ks.ledergaloppen.OwnDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The administrator's backups page on the embedded H2 database. */
class BackupsUiTest extends OwnDatabaseTest {

    @BeforeEach
    void emptyTheBackupFolder() throws IOException {
        FileSystemUtils.deleteRecursively(OwnDatabase.folder().resolve("backups"));
    }

    @Test
    void admin_takes_a_backup_now_and_sees_it_listed_with_its_time_and_size() {
        testClock.stopAt(LocalDate.of(2030, 5, 17), LocalTime.of(9, 15));
        login("admin");
        navigate("admin/backups");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("backups"));
        assertThat(_size(grid)).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("backups-intro")).getText())
                .contains("hver natt", "14 dager");

        _click(_get(Button.class, spec -> spec.withId("take-backup")));

        expectNotifications("Sikkerhetskopien ledergaloppen-20300517-091500.zip er tatt");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "takenAt")).isEqualTo("17.05.2030 09:15");
        assertThat(_getFormatted(grid, 0, "size")).matches("[\\d,]+ (kB|MB)");
    }
}

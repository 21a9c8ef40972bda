package no.ks.ledergaloppen.backup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import no.ks.ledergaloppen.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The backups page where the app does not take backups itself: in-memory H2 (tests) and PostgreSQL. */
@ExtendWith(OutputCaptureExtension.class)
class BackupsPageUiTest extends KaribuTest {

    @Autowired
    BackupService backups;
    @Autowired
    NightlyBackup nightly;

    private DatabaseKind database() {
        return testLogin.asAdminMeanwhile(backups::database);
    }

    private static java.util.List<String> sideNavigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void the_backups_page_is_in_the_administrators_side_navigation() {
        login("admin");
        navigate("");

        assertThat(sideNavigation()).contains("Sikkerhetskopier");
    }

    @Test
    void a_facilitator_neither_sees_nor_opens_the_backups_page() {
        login("kari");
        navigate("");
        assertThat(sideNavigation()).doesNotContain("Sikkerhetskopier");

        assertThatThrownBy(() -> navigate("admin/backups")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(no.ks.ledergaloppen.backup.ui.BackupsView.class)).isEmpty();
    }

    @Test
    void on_postgresql_the_page_says_backups_are_taken_with_pg_dump_and_offers_no_button() {
        assumeTrue(database() == DatabaseKind.POSTGRESQL, "runs on PostgreSQL");
        login("admin");
        navigate("admin/backups");

        assertThat(_get(Paragraph.class, spec -> spec.withId("backups-intro")).getText()).contains("pg_dump");
        assertThat(_find(Button.class, spec -> spec.withId("take-backup"))).isEmpty();
    }

    @Test
    void on_an_in_memory_database_the_page_says_there_is_nothing_to_back_up() {
        assumeTrue(database() == DatabaseKind.H2_MEMORY, "runs on the in-memory H2 database");
        login("admin");
        navigate("admin/backups");

        assertThat(_get(Paragraph.class, spec -> spec.withId("backups-intro")).getText()).contains("bare i minnet");
        assertThat(_find(Button.class, spec -> spec.withId("take-backup"))).isEmpty();
    }

    @Test
    void where_the_app_takes_no_backups_the_nightly_job_takes_none_and_says_so_once(CapturedOutput output) {
        DatabaseKind database = database();
        assumeTrue(database != DatabaseKind.H2_FILE);

        nightly.run();
        nightly.run();

        String said = database == DatabaseKind.POSTGRESQL ? "take backups with pg_dump" : "nothing it can back up";
        assertThat(output.getOut().split(said, -1)).hasSizeLessThanOrEqualTo(2);
        assertThat(testLogin.asAdminMeanwhile(backups::list)).isEmpty();
    }
}

package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ks.ledergaloppen.ui.CaseWorkspaceUiTest.openTab;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.learning.JournalEntryInfo;
import no.ks.ledergaloppen.learning.JournalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseReportUiTest extends KaribuTest {

    @Autowired
    TestCases demo;
    @Autowired
    JournalService journal;

    @Test
    void the_leader_group_finds_the_report_link_in_the_case_header() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        navigate("cases/" + haugesund);
        Anchor link = _get(Anchor.class, spec -> spec.withId("download-report"));
        assertThat(link.getText()).isEqualTo("Last ned rapport");
        assertThat(link.getHref()).isNotBlank();
        assertThat(link.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void the_cohorts_facilitator_finds_the_link_in_english_when_the_page_is_in_english() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("kari");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("cases/" + haugesund);
        assertThat(_get(Anchor.class, spec -> spec.withId("download-report")).getText()).isEqualTo("Download report");
    }

    @Test
    void the_foundations_tab_shows_the_trend_chart_with_its_numbers() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        navigate("cases/" + haugesund);
        openTab("tab-foundations");
        String svg = _get(Svg.class, spec -> spec.withId("trend-chart")).getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"", "Resultatet i prosent av det høyeste mulige", "18,4");
    }

    @Test
    void a_reader_of_a_shared_case_gets_no_report_link() {
        long voss = demo.idOf("Voss herad");
        login("ola");
        navigate("cases/" + voss);
        _get(Paragraph.class, spec -> spec.withId("read-only-note"));
        _assertNone(Anchor.class, spec -> spec.withId("download-report"));
    }

    @Test
    void the_leader_group_ticks_an_entry_into_the_report_and_a_facilitator_only_sees_that_it_is() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        navigate("cases/" + haugesund);
        openTab("tab-journal");
        _get(TextArea.class, spec -> spec.withId("journal-text")).setValue("Nattbesøkene gikk ned med en tredel.");
        _get(Checkbox.class, spec -> spec.withId("journal-in-report")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("write-journal")));
        JournalEntryInfo written = journal.entries(haugesund).getFirst();
        assertThat(written.inReport()).isTrue();

        Checkbox toggle = _get(Checkbox.class, spec -> spec.withId("in-report-" + written.id()));
        assertThat(toggle.getValue()).isTrue();
        toggle.setValue(false);
        assertThat(journal.entries(haugesund).getFirst().inReport()).isFalse();
        toggle.setValue(true);

        login("kari");
        navigate("cases/" + haugesund);
        openTab("tab-journal");
        _assertNone(Checkbox.class, spec -> spec.withId("in-report-" + written.id()));
        assertThat(_get(Div.class, spec -> spec.withId("journal-entry-" + written.id())).getElement().getTextRecursively())
                .contains("Tas med i rapporten");
    }
}

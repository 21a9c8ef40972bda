package no.ks.ledergaloppen.benefits;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static no.ks.ledergaloppen.benefits.BenefitsFixture.measured;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import no.ks.ledergaloppen.benefits.panel.IndicatorChartViewUiTest;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A leader group corrects and deletes measurements on its benefits page and stops (and resumes) the follow-up
 * of an indicator. The plan runs from 100 cases on 15.08.2026 to 200 a hundred days later, so on 24.09.2026
 * it expects 140: 120 is behind, 150 on track.
 */
@Import(BenefitsFixture.class)
class MeasurementChangesUiTest extends KaribuTest {

    private static final LocalDate START = LocalDate.of(2026, 8, 15);
    private static final LocalDate DAY = START.plusDays(40);

    @Autowired BenefitsService benefits;
    @Autowired BenefitsFixture fixture;

    private BenefitsFixture.Built built;
    private IndicatorView indicator;

    /** The fixture's case with one indicator and a measurement of {@code value} on 24.09.2026; on its page. */
    private MeasurementPoint measuredAndOpened(String tag, String value, CorrectiveAction action) {
        built = fixture.cohortWithBenefit(tag);
        indicator = benefits.addIndicator(built.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, START));
        benefits.addMeasurement(indicator.id(), measured(START.plusDays(10), "110"));
        MeasurementPoint point = benefits.addMeasurement(indicator.id(), measured(DAY, value));
        if (action != null) {
            point = benefits.setCorrectiveAction(point.id(), action);
        }
        login(built.participant());
        navigate("cases/" + built.caseId() + "/benefits");
        return point;
    }

    @Test
    void correcting_a_measurement_from_behind_to_on_track_changes_its_status_and_keeps_the_action_as_history() {
        MeasurementPoint point = measuredAndOpened("rett", "120",
                new CorrectiveAction("Ekstra saksbehandler", "Randi Vik", LocalDate.of(2026, 12, 15)));
        assertThat(card()).contains("Henger etter");

        _click(_get(Button.class, spec -> spec.withId("edit-measurement-" + point.id())));
        TextField value = _get(TextField.class, spec -> spec.withId("measurement-value"));
        assertThat(value.getValue()).isEqualTo("120");
        value.setValue("150");
        _click(_get(Button.class, spec -> spec.withId("save-measurement")));

        expectNotifications("Målingen er rettet");
        assertThat(card()).contains("I rute").doesNotContain("Henger etter")
                .contains("Tiltak fra da målingen hang etter: Ekstra saksbehandler · Ansvarlig: Randi Vik · Frist: 15.12.2026");
        _assertNone(Button.class, spec -> spec.withId("correct-" + point.id()));
        _assertNone(Dialog.class, spec -> spec.withId("action-dialog"));
        assertThat(tableRows()).contains("24.09.2026 150 saker 140 saker I rute");
    }

    @Test
    void correcting_a_measurement_on_track_to_behind_plan_asks_for_a_corrective_action() {
        MeasurementPoint point = measuredAndOpened("bak", "150", null);
        assertThat(card()).contains("I rute");

        _click(_get(Button.class, spec -> spec.withId("edit-measurement-" + point.id())));
        _get(TextField.class, spec -> spec.withId("measurement-value")).setValue("120");
        _click(_get(Button.class, spec -> spec.withId("save-measurement")));

        assertThat(card()).contains("Henger etter");
        _assertOne(Dialog.class, spec -> spec.withId("action-dialog"));
        assertThat(tableRows()).contains("24.09.2026 120 saker 140 saker Bak planen");
    }

    @Test
    void a_correction_from_a_stale_version_is_refused_naming_who_saved_meanwhile_and_nothing_is_overwritten() {
        MeasurementPoint point = measuredAndOpened("gammel", "120", null);
        _click(_get(Button.class, spec -> spec.withId("edit-measurement-" + point.id())));
        benefits.updateMeasurement(point.id(), point.version(), measured(DAY, "130"));

        _get(TextField.class, spec -> spec.withId("measurement-value")).setValue("150");
        _click(_get(Button.class, spec -> spec.withId("save-measurement")));

        expectNotifications("Deltaker gammel 1 lagret dette kl. 09:00 mens du skrev. Last siden på nytt og prøv igjen.");
        assertThat(_get(TextField.class, spec -> spec.withId("measurement-value")).getValue())
                .as("what was typed stays in the open dialog").isEqualTo("150");
        assertThat(valuesSaved()).containsExactly("110", "130");
    }

    @Test
    void deleting_a_measurement_asks_first_naming_date_and_value_and_then_it_is_gone_from_the_card_and_the_table() {
        MeasurementPoint point = measuredAndOpened("slett", "120",
                new CorrectiveAction("Ekstra saksbehandler", "Randi Vik", LocalDate.of(2026, 12, 15)));
        Button delete = _get(Button.class, spec -> spec.withId("delete-measurement-" + point.id()));
        assertThat(delete.getAriaLabel()).hasValue("Slett målingen fra 24.09.2026");

        _click(delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("delete-measurement-confirm"));
        assertThat(confirm.getElement().getProperty("message")).isEqualTo(
                "Målingen fra 24.09.2026 (120 saker) blir slettet. Tiltaket som er skrevet for den, blir også slettet.");
        ConfirmDialogKt._fireConfirm(confirm);

        expectNotifications("Målingen er slettet");
        _assertNone(Div.class, spec -> spec.withId("measurement-" + point.id()));
        assertThat(tableRows()).noneMatch(r -> r.startsWith("24.09.2026"));
        assertThat(card()).contains("I rute").doesNotContain("Ekstra saksbehandler");
        assertThat(valuesSaved()).containsExactly("110");
    }

    @Test
    void cancelling_the_deletion_leaves_the_measurement_where_it_was() {
        MeasurementPoint point = measuredAndOpened("angre", "120", null);

        _click(_get(Button.class, spec -> spec.withId("delete-measurement-" + point.id())));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("delete-measurement-confirm")));

        _assertOne(Div.class, spec -> spec.withId("measurement-" + point.id()));
        assertThat(tableRows()).contains("24.09.2026 120 saker 140 saker Bak planen");
        assertThat(valuesSaved()).containsExactly("110", "120");
    }

    @Test
    void stopping_the_follow_up_asks_first_cancelling_keeps_it_active_and_a_stopped_one_can_be_taken_up_again() {
        MeasurementPoint point = measuredAndOpened("stopp", "120", null);
        long id = indicator.id();

        _click(_get(Button.class, spec -> spec.withId("deactivate-indicator-" + id)));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("deactivate-confirm"));
        assertThat(confirm.getElement().getProperty("message")).startsWith("«Saker avsluttet» blir ikke fulgt opp lenger");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(active()).isTrue();
        assertThat(card()).doesNotContain("Ikke fulgt opp lenger");

        _click(_get(Button.class, spec -> spec.withId("deactivate-indicator-" + id)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("deactivate-confirm")));
        expectNotifications("Indikatoren følges ikke opp lenger. Målingene er tatt vare på.");
        assertThat(active()).isFalse();
        assertThat(card()).contains("Ikke fulgt opp lenger");
        _assertNone(Button.class, spec -> spec.withId("measure-" + id));
        _assertNone(Button.class, spec -> spec.withId("delete-measurement-" + point.id()));

        _click(_get(Button.class, spec -> spec.withId("reactivate-indicator-" + id)));
        expectNotifications("Indikatoren følges opp igjen");
        assertThat(active()).isTrue();
        _assertOne(Button.class, spec -> spec.withId("measure-" + id));
    }

    private String card() {
        return _get(Div.class, spec -> spec.withId("indicator-" + indicator.id())).getElement().getTextRecursively();
    }

    /** The chart's table, a line of text per row. */
    private List<String> tableRows() {
        return IndicatorChartViewUiTest.rows(IndicatorChartViewUiTest.table("indicator-" + indicator.id() + "-table"))
                .stream().map(cells -> String.join(" ", cells).replace('\u00a0', ' ')).toList();
    }

    private IndicatorView current() {
        return benefits.overview(built.caseId()).benefits().getFirst().indicators().getFirst();
    }

    private boolean active() {
        return current().active();
    }

    private List<String> valuesSaved() {
        return current().measurements().stream().map(MeasurementPoint::value).map(BigDecimal::stripTrailingZeros)
                .map(BigDecimal::toPlainString).toList();
    }
}

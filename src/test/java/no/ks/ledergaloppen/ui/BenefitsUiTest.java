package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.base.ui.NotFoundView;
import no.ks.ledergaloppen.benefits.BenefitDraft;
import no.ks.ledergaloppen.benefits.BenefitType;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.Direction;
import no.ks.ledergaloppen.benefits.Frequency;
import no.ks.ledergaloppen.benefits.IndicatorDraft;
import no.ks.ledergaloppen.benefits.IndicatorView;
import no.ks.ledergaloppen.benefits.panel.BenefitsPanel;
import no.ks.ledergaloppen.innovationcase.ui.CaseLayout;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BenefitsUiTest extends KaribuTest {

    @Autowired TestCases demo;
    @Autowired BenefitsService benefits;

    @Test
    @SuppressWarnings("unchecked")
    void a_participant_adds_an_indicator_and_three_measurements_sees_behind_and_writes_the_corrective_action() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        navigate("cases/" + haugesund + "/benefits");
        _assertOne(CaseLayout.class);
        _assertOne(BenefitsPanel.class);

        _click(_get(Button.class, spec -> spec.withId("add-benefit")));
        _get(TextArea.class, spec -> spec.withId("benefit-description")).setValue("Kortere ventetid på hjemmetjenester");
        ((ComboBox<BenefitType>) _get(ComboBox.class, spec -> spec.withId("benefit-type"))).setValue(BenefitType.BETTER_QUALITY);
        _get(TextField.class, spec -> spec.withId("benefit-owner-name")).setValue("Randi Vik");
        _get(TextField.class, spec -> spec.withId("benefit-owner-title")).setValue("Kommunalsjef helse og omsorg");
        _click(_get(Button.class, spec -> spec.withId("save-benefit")));
        long benefitId = benefits.overview(haugesund).benefits().getLast().id();

        _click(_get(Button.class, spec -> spec.withId("add-indicator-" + benefitId)));
        _get(TextField.class, spec -> spec.withId("indicator-name")).setValue("Vedtak innen to uker");
        _get(TextField.class, spec -> spec.withId("indicator-unit")).setValue("prosent");
        _get(TextField.class, spec -> spec.withId("indicator-baseline-value")).setValue("100");
        _get(DatePicker.class, spec -> spec.withId("indicator-baseline-date")).setValue(LocalDate.of(2026, 8, 1));
        _get(TextField.class, spec -> spec.withId("indicator-target-value")).setValue("200");
        _get(DatePicker.class, spec -> spec.withId("indicator-target-date")).setValue(LocalDate.of(2027, 8, 1));
        _click(_get(Button.class, spec -> spec.withId("save-indicator")));
        IndicatorView indicator = benefits.overview(haugesund).benefits().getLast().indicators().getFirst();
        assertThat(indicator.frequency()).isEqualTo(Frequency.MONTHLY);

        measure(indicator.id(), LocalDate.of(2026, 9, 1), "110");
        measure(indicator.id(), LocalDate.of(2026, 10, 1), "120");
        _assertNone(Dialog.class, spec -> spec.withId("action-dialog"));
        measure(indicator.id(), LocalDate.of(2026, 11, 1), "115");

        assertThat(_get(Div.class, spec -> spec.withId("indicator-" + indicator.id())).getElement().getTextRecursively())
                .contains("Henger etter");
        _assertOne(Dialog.class, spec -> spec.withId("action-dialog"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("action-why")).getText()).contains("henger etter planen",
                "01.11.2026");
        _get(TextArea.class, spec -> spec.withId("action-what")).setValue("Ekstra saksbehandler to dager i uka");
        _get(TextField.class, spec -> spec.withId("action-who")).setValue("Randi Vik");
        _get(DatePicker.class, spec -> spec.withId("action-due")).setValue(LocalDate.of(2026, 12, 15));
        _click(_get(Button.class, spec -> spec.withId("save-action")));

        _assertNone(Dialog.class, spec -> spec.withId("action-dialog"));
        assertThat(_get(Div.class, spec -> spec.withId("indicator-" + indicator.id())).getElement().getTextRecursively())
                .contains("Tiltak: Ekstra saksbehandler to dager i uka · Ansvarlig: Randi Vik · Frist: 15.12.2026");
        reload();
        navigate("cases/" + haugesund + "/benefits");
        assertThat(_get(Div.class, spec -> spec.withId("indicator-" + indicator.id())).getElement().getTextRecursively())
                .contains("Tiltak: Ekstra saksbehandler to dager i uka");
    }

    @Test
    void a_number_is_read_the_way_the_ui_language_writes_it_and_a_bad_one_is_named_under_the_field_and_not_saved() {
        check("ola", "Haugesund kommune", null, "1 234,5", "Skriv et tall, for eksempel 1 234,5 (desimalkomma, mellomrom mellom tusener)");
        check("ingrid", "Voss herad", null, "1\u00A0234,5", null);
        check("ola", "Haugesund kommune", Locale.ENGLISH, "1,234.5", null);
    }

    @Test
    void the_benefits_address_of_another_municipalitys_private_case_is_refused() {
        long kvam = demo.idOf("Kvam herad");
        login("ola");
        navigate("cases/" + kvam + "/benefits");
        _assertNone(BenefitsPanel.class);
        _assertOne(NotFoundView.class);
    }

    private void check(String user, String municipality, Locale locale, String good, String expectedNumberMessage) {
        long caseId = demo.idOf(municipality);
        login(user);
        if (locale != null) {
            UI.getCurrent().setLocale(locale);
        }
        long benefitId = benefits.addBenefit(caseId, new BenefitDraft("Spart tid", BenefitType.TIME_SAVED, "A", "B", null)).id();
        long id = benefits.addIndicator(benefitId, new IndicatorDraft("Timer", "timer", Direction.HIGHER_IS_BETTER,
                BigDecimal.ZERO, LocalDate.of(2026, 1, 5), new BigDecimal("5000"), LocalDate.of(2027, 1, 5),
                Frequency.WEEKLY)).id();
        navigate("cases/" + caseId + "/benefits");
        String number = UI.getCurrent().getTranslation("validation.number");
        if (expectedNumberMessage != null) {
            assertThat(number).isEqualTo(expectedNumberMessage);
        }
        List<String[]> bad = List.of(new String[] {"12,3,4", number}, new String[] {"abc", number},
                new String[] {"", UI.getCurrent().getTranslation("validation.required")}, new String[] {"1e309", number},
                new String[] {"NaN", number});
        _click(_get(Button.class, spec -> spec.withId("measure-" + id)));
        TextField value = _get(TextField.class, spec -> spec.withId("measurement-value"));
        for (String[] input : bad) {
            value.setValue(input[0]);
            _click(_get(Button.class, spec -> spec.withId("save-measurement")));
            assertThat(value.isInvalid()).as(input[0]).isTrue();
            assertThat(value.getErrorMessage()).as(input[0]).isEqualTo(input[1]);
            assertThat(measurementsOf(caseId, id)).as(input[0]).isEmpty();
        }
        value.setValue(good);
        _click(_get(Button.class, spec -> spec.withId("save-measurement")));
        assertThat(measurementsOf(caseId, id)).extracting(v -> v.stripTrailingZeros().toPlainString()).containsExactly("1234.5");
    }

    private List<BigDecimal> measurementsOf(long caseId, long indicatorId) {
        return benefits.overview(caseId).benefits().stream().flatMap(b -> b.indicators().stream())
                .filter(i -> i.id() == indicatorId).flatMap(i -> i.measurements().stream())
                .map(p -> p.value()).toList();
    }

    private void measure(long indicatorId, LocalDate date, String value) {
        _click(_get(Button.class, spec -> spec.withId("measure-" + indicatorId)));
        _get(DatePicker.class, spec -> spec.withId("measurement-date")).setValue(date);
        _get(TextField.class, spec -> spec.withId("measurement-value")).setValue(value);
        _click(_get(Button.class, spec -> spec.withId("save-measurement")));
    }
}

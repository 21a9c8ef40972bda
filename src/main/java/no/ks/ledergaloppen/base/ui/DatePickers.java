package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that show 23.11.2026 and speak the UI's language, weeks starting on Monday. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd.MM.yyyy");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setToday(ui.getTranslation("date.today"));
        i18n.setCancel(ui.getTranslation("action.cancel"));
        i18n.setBadInputErrorMessage(ui.getTranslation("date.badInput"));
        i18n.setRequiredErrorMessage(ui.getTranslation("validation.required"));
        picker.setI18n(i18n);
        return picker;
    }
}

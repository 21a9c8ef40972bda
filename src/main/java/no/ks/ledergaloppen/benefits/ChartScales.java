package no.ks.ledergaloppen.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The indicator chart's two axes: round value steps, and dates that never crowd each other. */
final class ChartScales {

    private ChartScales() {
    }

    /** Values from {@code low} to {@code high} (both ticks), with ticks every {@code step}. */
    record ValueScale(BigDecimal low, BigDecimal high, BigDecimal step) {

        /** A scale that holds every value with round ticks, about four to six of them; equal values get room around them. */
        static ValueScale covering(List<BigDecimal> values) {
            BigDecimal min = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
            if (min.compareTo(max) == 0) {
                BigDecimal room = min.abs().compareTo(BigDecimal.TEN) < 0 ? BigDecimal.ONE
                        : min.abs().divide(BigDecimal.TEN, 4, RoundingMode.HALF_UP);
                min = min.subtract(room);
                max = max.add(room);
            }
            BigDecimal step = niceStep(max.subtract(min).doubleValue() / 4);
            BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
            return new ValueScale(low.stripTrailingZeros(), high.stripTrailingZeros(), step);
        }

        private static BigDecimal niceStep(double rough) {
            int exponent = (int) Math.floor(Math.log10(rough));
            double fraction = rough / Math.pow(10, exponent);
            String nice = fraction <= 1 ? "1" : fraction <= 2 ? "2" : fraction <= 2.5 ? "2.5" : fraction <= 5 ? "5" : "10";
            return new BigDecimal(nice).scaleByPowerOfTen(exponent).stripTrailingZeros();
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
                ticks.add(v.stripTrailingZeros());
            }
            return ticks;
        }

        /** Where {@code value} sits between {@code low} (0) and {@code high} (1). */
        double fraction(BigDecimal value) {
            return value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
        }
    }

    /** Days from {@code first} to {@code last}. */
    record TimeScale(LocalDate first, LocalDate last) {

        /** From the earliest to the latest date given; a single day gets two weeks on either side. */
        static TimeScale covering(List<LocalDate> dates) {
            LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
            if (!last.isAfter(first)) {
                return new TimeScale(first.minusDays(14), last.plusDays(14));
            }
            return new TimeScale(first, last);
        }

        double fraction(LocalDate date) {
            return (double) ChronoUnit.DAYS.between(first, date) / ChronoUnit.DAYS.between(first, last);
        }

        /**
         * At most {@code max} dates to label: the first of every month, or of every second, third, sixth or
         * twelfth month (or every few years) so that they fit; both ends when fewer than two month starts fall inside.
         */
        List<LocalDate> ticks(int max) {
            LocalDate firstMonth = first.withDayOfMonth(1).equals(first) ? first : first.withDayOfMonth(1).plusMonths(1);
            long months = ChronoUnit.MONTHS.between(firstMonth, last.withDayOfMonth(1)) + 1;
            int[] steps = {1, 2, 3, 6, 12, 24, 60, 120};
            for (int step : steps) {
                if ((months + step - 1) / step <= max) {
                    List<LocalDate> ticks = new ArrayList<>();
                    for (LocalDate d = firstMonth; !d.isAfter(last); d = d.plusMonths(step)) {
                        ticks.add(d);
                    }
                    return ticks.size() >= 2 ? ticks : List.of(first, last);
                }
            }
            return List.of(first, last);
        }
    }
}

package no.ks.ledergaloppen.gathering;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

public record GatheringInfo(long id, long version, long cohortId, String cohortName, int number, LocalDate date,
                            LocalTime starts, LocalTime ends, String place, String theme,
                            List<AgendaItemDraft> agenda) {

    public GatheringDraft draft() {
        return new GatheringDraft(number, date, starts, ends, place, theme, agenda);
    }
}

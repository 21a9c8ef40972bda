package no.ks.ledergaloppen.gathering;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

public record GatheringDraft(Integer number, LocalDate date, LocalTime starts, LocalTime ends, String place,
                             String theme, List<AgendaItemDraft> agenda) {
}

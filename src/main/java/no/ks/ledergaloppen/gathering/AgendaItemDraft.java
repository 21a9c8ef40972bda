package no.ks.ledergaloppen.gathering;

import java.time.LocalTime;

/** One line of a gathering's agenda: when, what, who leads it, and a short description. */
public record AgendaItemDraft(LocalTime starts, String title, String speaker, String description) {
}

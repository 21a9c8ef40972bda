package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.ks.ledergaloppen.dashboard.Flag;

/**
 * Filter chips, one per flag with its count: pressed chips keep the municipalities that carry any of
 * those flags. Each chip is a toggle button (aria-pressed), so its state is read out, not only seen.
 */
class FlagChips extends Composite<Div> {

    private final Set<Flag> chosen;
    private final Map<Flag, Button> chips = new EnumMap<>(Flag.class);
    private final Consumer<Set<Flag>> onChange;

    FlagChips(Map<Flag, Integer> counts, Set<Flag> initial, Consumer<Set<Flag>> onChange) {
        this.chosen = initial.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(initial);
        this.onChange = onChange;
        Div content = getContent();
        content.addClassName("flag-chips");
        content.getElement().setAttribute("role", "group");
        content.getElement().setAttribute("aria-label", getTranslation("dashboard.filter.label"));
        for (Flag f : Flag.values()) {
            Button chip = new Button(getTranslation("dashboard.filter." + f.name(), counts.getOrDefault(f, 0)),
                    FlagLook.icon(f).create(), e -> toggle(f));
            chip.setId("filter-" + FlagLook.cssName(f));
            chip.addClassName("chip");
            chips.put(f, chip);
            content.add(chip);
        }
        Button all = new Button(getTranslation("dashboard.filter.all"), e -> clear());
        all.setId("filter-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.add(all);
        paint();
    }

    private void toggle(Flag f) {
        if (!chosen.remove(f)) {
            chosen.add(f);
        }
        paint();
        onChange.accept(EnumSet.copyOf(chosen.isEmpty() ? EnumSet.noneOf(Flag.class) : chosen));
    }

    private void clear() {
        chosen.clear();
        paint();
        onChange.accept(EnumSet.noneOf(Flag.class));
    }

    private void paint() {
        chips.forEach((f, chip) -> {
            boolean on = chosen.contains(f);
            chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }
}

package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The side navigation, collected from every feature's {@link NavEntry} beans, so each feature says
 * for itself which roles see it and in which order.
 */
@org.springframework.stereotype.Component
public class Navigation {

    /**
     * One side-navigation item, for the roles named (by their enum constant's name, so that base
     * depends on no feature's types).
     */
    public record NavEntry(int order, String labelKey, Class<? extends Component> view, VaadinIcon icon,
                           Set<String> roles) {
        public static NavEntry of(int order, String labelKey, Class<? extends Component> view, VaadinIcon icon,
                                  Enum<?> first, Enum<?>... rest) {
            return new NavEntry(order, labelKey, view, icon,
                    Stream.concat(Stream.of(first), Stream.of(rest)).map(Enum::name).collect(Collectors.toUnmodifiableSet()));
        }
    }

    private final List<NavEntry> entries;

    Navigation(List<NavEntry> entries) {
        this.entries = new ArrayList<>(entries);
        this.entries.sort(Comparator.comparingInt(NavEntry::order));
    }

    public List<NavEntry> itemsFor(Enum<?> role) {
        return entries.stream().filter(e -> e.roles().contains(role.name())).toList();
    }
}

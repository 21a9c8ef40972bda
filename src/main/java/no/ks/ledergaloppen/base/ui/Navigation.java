package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.ks.ledergaloppen.security.Role;

/**
 * The side navigation, collected from every feature's {@link NavEntry} beans, so each feature says
 * for itself which roles see it and in which order.
 */
@org.springframework.stereotype.Component
public class Navigation {

    /** One side-navigation item. */
    public record NavEntry(int order, String labelKey, Class<? extends Component> view, VaadinIcon icon,
                           Set<Role> roles) {
        public static NavEntry of(int order, String labelKey, Class<? extends Component> view, VaadinIcon icon,
                                  Role first, Role... rest) {
            return new NavEntry(order, labelKey, view, icon, EnumSet.of(first, rest));
        }
    }

    private final List<NavEntry> entries;

    Navigation(List<NavEntry> entries) {
        this.entries = new ArrayList<>(entries);
        this.entries.sort(Comparator.comparingInt(NavEntry::order));
    }

    public List<NavEntry> itemsFor(Role role) {
        return entries.stream().filter(e -> e.roles().contains(role)).toList();
    }
}

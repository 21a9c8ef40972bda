package no.ks.ledergaloppen.gathering.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class GatheringNavigation {

    @Bean
    NavEntry gatheringsNavEntry() {
        return NavEntry.of(50, "nav.gatherings", GatheringsView.class, VaadinIcon.CALENDAR_USER, Role.PARTICIPANT,
                Role.FACILITATOR, Role.ADMIN);
    }
}

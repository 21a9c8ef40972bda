package no.ks.ledergaloppen.roadmap.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RoadmapNavigation {

    @Bean
    NavEntry roadmapNavEntry() {
        return NavEntry.of(60, "nav.roadmap", RoadmapView.class, VaadinIcon.ROAD, Role.PARTICIPANT, Role.FACILITATOR,
                Role.ADMIN);
    }
}

package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AssignmentNavigation {

    @Bean
    NavEntry assignmentsNavEntry() {
        return NavEntry.of(40, "nav.assignments", AssignmentsView.class, VaadinIcon.CLIPBOARD_CHECK, Role.PARTICIPANT,
                Role.FACILITATOR, Role.ADMIN);
    }
}

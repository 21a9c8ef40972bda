package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CaseNavigation {

    @Bean
    NavEntry casesNavEntry() {
        return NavEntry.of(20, "nav.cases", CasesView.class, VaadinIcon.LIGHTBULB, Role.PARTICIPANT, Role.FACILITATOR,
                Role.ADMIN);
    }
}

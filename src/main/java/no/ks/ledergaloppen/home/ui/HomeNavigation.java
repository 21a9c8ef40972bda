package no.ks.ledergaloppen.home.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class HomeNavigation {

    @Bean
    NavEntry homeNavEntry() {
        return NavEntry.of(10, "nav.home", HomeView.class, VaadinIcon.HOME, Role.PARTICIPANT, Role.FACILITATOR, Role.ADMIN);
    }
}

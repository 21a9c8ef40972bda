package no.ks.ledergaloppen.security.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SecurityNavigation {

    @Bean
    NavEntry usersNavEntry() {
        return NavEntry.of(90, "nav.users", UsersView.class, VaadinIcon.USERS, Role.FACILITATOR, Role.ADMIN);
    }
}

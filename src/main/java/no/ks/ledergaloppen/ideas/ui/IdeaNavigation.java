package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IdeaNavigation {

    @Bean
    NavEntry ideasNavEntry() {
        return NavEntry.of(65, "nav.ideas", IdeasView.class, VaadinIcon.COMMENTS_O, Role.PARTICIPANT,
                Role.FACILITATOR, Role.ADMIN);
    }
}

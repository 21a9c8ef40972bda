package no.ks.ledergaloppen.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AuditNavigation {

    @Bean
    NavEntry auditNavEntry() {
        return NavEntry.of(96, "nav.audit", AuditView.class, VaadinIcon.RECORDS, Role.ADMIN);
    }
}

package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DashboardNavigation {

    @Bean
    NavEntry dashboardNavEntry() {
        return NavEntry.of(15, "nav.dashboard", DashboardStartView.class, VaadinIcon.DASHBOARD, Role.FACILITATOR,
                Role.ADMIN);
    }
}

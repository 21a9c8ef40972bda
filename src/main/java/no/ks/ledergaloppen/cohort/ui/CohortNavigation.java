package no.ks.ledergaloppen.cohort.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CohortNavigation {

    @Bean
    NavEntry cohortsNavEntry() {
        return NavEntry.of(30, "nav.cohorts", CohortsView.class, VaadinIcon.GROUP, Role.FACILITATOR, Role.ADMIN);
    }

    @Bean
    NavEntry municipalitiesNavEntry() {
        return NavEntry.of(92, "nav.municipalities", MunicipalitiesView.class, VaadinIcon.BUILDING, Role.ADMIN);
    }
}

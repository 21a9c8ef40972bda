package no.ks.ledergaloppen.backup.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import no.ks.ledergaloppen.base.ui.Navigation.NavEntry;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BackupNavigation {

    @Bean
    NavEntry backupsNavEntry() {
        return NavEntry.of(98, "nav.backups", BackupsView.class, VaadinIcon.DATABASE, Role.ADMIN);
    }
}

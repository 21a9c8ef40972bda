package no.ks.ledergaloppen.notification.ui;

import no.ks.ledergaloppen.base.ui.TopBarItem;
import no.ks.ledergaloppen.notification.NotificationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NotificationTopBar {

    @Bean
    TopBarItem notificationBell(NotificationService notifications) {
        return () -> new NotificationBell(notifications);
    }
}

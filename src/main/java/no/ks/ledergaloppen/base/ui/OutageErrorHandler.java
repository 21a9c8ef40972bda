package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.ks.ledergaloppen.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A click or an autosave that fails because the database is out of reach tells the user so and to try again
 * in a moment, instead of nothing happening; every other failure goes on to the handler that was there before.
 */
@Component
class OutageErrorHandler implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(OutageErrorHandler.class);

    private final DatabaseUnavailable database;

    OutageErrorHandler(DatabaseUnavailable database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            ErrorHandler previous = init.getSession().getErrorHandler();
            ErrorHandler next = previous != null ? previous : new DefaultErrorHandler();
            init.getSession().setErrorHandler(errorEvent -> handle(errorEvent, next));
        });
    }

    void handle(ErrorEvent event, ErrorHandler next) {
        UI ui = UI.getCurrent();
        if (ui != null && DatabaseUnavailable.causedBy(event.getThrowable())) {
            LOG.warn("The database is out of reach during a user action: {}", event.getThrowable().toString());
            database.forgetPooledConnections();
            Notifications.error(ui.getTranslation("error.unavailable.notification"));
        } else {
            next.error(event);
        }
    }
}

package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import no.ks.ledergaloppen.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Shown instead of a page when the database is out of reach: says so plainly, and offers to try the same
 * address again. Stands alone (no side navigation), since the frame around pages needs the database too.
 * Vaadin picks an error view by the exact exception type (also among causes), hence one small class per type.
 */
public abstract class UnavailableView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(UnavailableView.class);

    private final DatabaseUnavailable database;

    UnavailableView(DatabaseUnavailable database) {
        this.database = database;
    }

    int show(BeforeEnterEvent event, Exception caught) {
        LOG.warn("The database is out of reach; showing 'temporarily unavailable' for /{}: {}",
                event.getLocation().getPath(), caught.toString());
        database.forgetPooledConnections();
        removeAll();
        addClassName("unavailable-view");
        getElement().setAttribute("role", "main");
        H1 title = new H1(getTranslation("error.unavailable.title"));
        title.setId("unavailable-title");
        Anchor retry = new Anchor(event.getLocation().getPathWithQueryParameters(),
                getTranslation("error.unavailable.retry"));
        retry.setId("unavailable-retry");
        add(title, new Paragraph(getTranslation("error.unavailable.text")), retry);
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.unavailable.title");
    }

    /** No connection could be had for a transaction (the usual case: every service is transactional). */
    @AnonymousAllowed
    public static class NoTransaction extends UnavailableView
            implements HasErrorParameter<CannotCreateTransactionException> {
        NoTransaction(DatabaseUnavailable database) {
            super(database);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> p) {
            return show(event, p.getCaughtException());
        }
    }

    /** The connection broke while a transaction was rolled back (the original failure is then only logged). */
    @AnonymousAllowed
    public static class BrokenTransaction extends UnavailableView
            implements HasErrorParameter<TransactionSystemException> {
        BrokenTransaction(DatabaseUnavailable database) {
            super(database);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TransactionSystemException> p) {
            return show(event, p.getCaughtException());
        }
    }

    /** The connection broke, or the database refused it, during the work. */
    @AnonymousAllowed
    public static class ResourceFailure extends UnavailableView
            implements HasErrorParameter<DataAccessResourceFailureException> {
        ResourceFailure(DatabaseUnavailable database) {
            super(database);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> p) {
            return show(event, p.getCaughtException());
        }
    }

    /** Plain JDBC could get no connection. */
    @AnonymousAllowed
    public static class NoConnection extends UnavailableView
            implements HasErrorParameter<CannotGetJdbcConnectionException> {
        NoConnection(DatabaseUnavailable database) {
            super(database);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotGetJdbcConnectionException> p) {
            return show(event, p.getCaughtException());
        }
    }
}

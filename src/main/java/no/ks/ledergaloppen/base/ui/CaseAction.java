package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature offers in the header of a case (the report download), without the case view
 * knowing that feature. Features declare it as a bean; the case view asks each one per render and shows
 * what it gets, in bean order. Empty when the current user may not use the action on this case.
 */
public interface CaseAction {

    Optional<Component> create(long caseId);
}

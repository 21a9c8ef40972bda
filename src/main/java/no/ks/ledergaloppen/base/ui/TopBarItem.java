package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the top bar beside the language menu (the notifications bell). Features
 * declare it as a bean; {@link MainLayout} creates one component per UI.
 */
public interface TopBarItem {

    Component create();
}

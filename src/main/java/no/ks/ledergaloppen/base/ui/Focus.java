package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Puts the keyboard focus on an element by its id once the browser has applied this round's changes: for when
 * the component that had the focus was drawn anew (a section rebuilt after a save, a dialog's opener replaced),
 * so that the focus does not fall back to the page's start.
 */
public final class Focus {

    private Focus() {
    }

    public static void onElement(String id) {
        UI.getCurrent().getPage().executeJs("const e = document.getElementById($0); if (e) e.focus();", id);
    }
}

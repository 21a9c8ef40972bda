package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The name screen readers give a password field's "show password" button: Vaadin's Java API has no setting
 * for it, and the web component's own is English ("Show password"). Set on the field itself, or on every
 * password field inside a component (the login form draws its own).
 */
public final class RevealLabel {

    private RevealLabel() {
    }

    public static void set(Component passwordFieldOrForm, String label) {
        passwordFieldOrForm.getElement().executeJs("const label = $0;"
                + " const name = f => { f.i18n = {...(f.i18n || {}), reveal: label}; };"
                + " customElements.whenDefined('vaadin-password-field').then(() => requestAnimationFrame(() =>"
                + " (this.localName === 'vaadin-password-field' ? [this] : this.querySelectorAll('vaadin-password-field'))"
                + ".forEach(name)));", label);
    }
}

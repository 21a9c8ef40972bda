package no.ks.ledergaloppen.security.language;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Consumer;
import no.ks.ledergaloppen.security.Language;

/** Bokmål, nynorsk or English: switches the UI at once and tells the caller, who may save the choice. */
public class LanguageMenu extends Composite<MenuBar> {

    public static final String SESSION_LOCALE = "ledergaloppen.locale";

    public LanguageMenu(Consumer<Language> onChoose) {
        MenuBar bar = getContent();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = bar.addItem(VaadinIcon.GLOBE.create());
        root.setAriaLabel(getTranslation("language.menu"));
        root.add(" " + getTranslation("language." + Language.of(UI.getCurrent().getLocale()).name()));
        SubMenu sub = root.getSubMenu();
        for (Language language : Language.values()) {
            MenuItem item = sub.addItem(getTranslation("language." + language.name()), e -> choose(language, onChoose));
            item.setId("language-" + language.name().toLowerCase(java.util.Locale.ROOT));
            item.setCheckable(true);
            item.setChecked(language == Language.of(UI.getCurrent().getLocale()));
        }
    }

    private static void choose(Language language, Consumer<Language> onChoose) {
        VaadinSession.getCurrent().setAttribute(SESSION_LOCALE, language.locale());
        onChoose.accept(language);
        UI ui = UI.getCurrent();
        ui.setLocale(language.locale());
        ui.getPage().reload();
    }
}

package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.ideas.IdeaCase;
import no.ks.ledergaloppen.ideas.IdeaDraft;
import no.ks.ledergaloppen.ideas.IdeaInfo;
import no.ks.ledergaloppen.ideas.IdeaService;
import no.ks.ledergaloppen.ideas.IdeaSort;
import no.ks.ledergaloppen.ideas.IdeaState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The idea bank: a quick post form at the top, then the ideas the user may see as cards, newest or most
 * supported first, filtered by state, a page at a time.
 */
@Route("ideas")
@PermitAll
public class IdeasView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    /** "All ideas" in the state filter (a Select cannot offer null as an item with a label of its own). */
    private static final String ALL = "ALL";

    private final IdeaService ideas;
    private final Select<String> stateFilter = new Select<>();
    private final Select<IdeaSort> sortChoice = new Select<>();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();
    private final boolean canPost;
    private IdeaPostForm form;
    private int pages;

    IdeasView(IdeaService ideas) {
        this.ideas = ideas;
        setMaxWidth("80rem");
        add(new Paragraph(getTranslation("ideas.intro")));
        List<IdeaCase> postable = ideas.postableCases();
        canPost = !postable.isEmpty();
        if (canPost) {
            form = new IdeaPostForm(postable, this::post);
            add(form);
        } else {
            Paragraph none = new Paragraph(getTranslation("ideas.post.noCase"));
            none.setId("idea-post-none");
            add(none);
        }
        add(filters(), empty, list, more);
        list.setId("ideas");
        list.addClassNames("cards", "idea-list");
        empty.setId("ideas-empty");
        more.setText(getTranslation("ideas.more"));
        more.setId("more-ideas");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> load(pages));
        reload();
    }

    private HorizontalLayout filters() {
        stateFilter.setId("idea-state-filter");
        stateFilter.setLabel(getTranslation("ideas.filter.state"));
        List<String> states = new java.util.ArrayList<>(List.of(ALL));
        EnumSet.allOf(IdeaState.class).forEach(s -> states.add(s.name()));
        stateFilter.setItems(states);
        stateFilter.setItemLabelGenerator(s -> ALL.equals(s) ? getTranslation("ideas.filter.all")
                : getTranslation("ideas.state." + s));
        stateFilter.setValue(ALL);
        sortChoice.setId("idea-sort");
        sortChoice.setLabel(getTranslation("ideas.filter.sort"));
        sortChoice.setItems(IdeaSort.values());
        sortChoice.setItemLabelGenerator(s -> getTranslation("ideas.sort." + s.name()));
        sortChoice.setValue(IdeaSort.NEWEST);
        stateFilter.addValueChangeListener(e -> reload());
        sortChoice.addValueChangeListener(e -> reload());
        HorizontalLayout bar = new HorizontalLayout(stateFilter, sortChoice);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void post(long caseId, IdeaDraft draft) {
        try {
            ideas.post(caseId, draft);
        } catch (DomainException e) {
            form.errors().show(e);
            return;
        }
        Notifications.success(getTranslation("ideas.post.posted"));
        form.clear();
        reload();
    }

    private void reload() {
        list.removeAll();
        pages = 0;
        load(0);
    }

    private void load(int page) {
        Page<IdeaInfo> found = ideas.list(sortChoice.getValue(), selectedStates(), PageRequest.of(page, PAGE_SIZE));
        found.forEach(i -> list.add(new IdeaCard(i, ideas)));
        pages = page + 1;
        more.setVisible(found.hasNext());
        boolean none = found.getTotalElements() == 0;
        empty.setVisible(none);
        empty.setText(getTranslation(!ALL.equals(stateFilter.getValue()) ? "ideas.emptyFiltered"
                : canPost ? "ideas.empty" : "ideas.emptyNoForm"));
    }

    private Set<IdeaState> selectedStates() {
        String value = stateFilter.getValue();
        return value == null || ALL.equals(value) ? Set.of() : Set.of(IdeaState.valueOf(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ideas.pageTitle");
    }
}

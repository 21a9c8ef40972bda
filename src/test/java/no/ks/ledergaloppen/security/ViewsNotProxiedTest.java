package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasElement;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;

/**
 * Views are guarded by Vaadin's access control, not wrapped by Spring's method security: a proxy per view made
 * every page load scan the view's hundreds of methods for annotations, about 12 % of the CPU under load (issue 12).
 */
class ViewsNotProxiedTest extends KaribuTest {

    @Test
    void the_layout_and_view_of_a_page_are_plain_components() {
        login("ola");
        for (String page : List.of("", "cases", "assignments", "roadmap")) {
            navigate(page);
            List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            assertThat(chain).as("the views of /%s", page).hasSizeGreaterThanOrEqualTo(2)
                    .noneMatch(AopUtils::isAopProxy)
                    .noneMatch(v -> v.getClass().getName().contains("$$"));
        }
    }

    @Test
    void a_participant_is_still_kept_out_of_an_administrators_page() {
        login("ola");
        assertThatThrownBy(() -> navigate("users")).isInstanceOf(MockAccessDeniedException.class);
    }
}

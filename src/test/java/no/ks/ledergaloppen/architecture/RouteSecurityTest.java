package no.ks.ledergaloppen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every route, layout and error view says who may open it. */
class RouteSecurityTest {

    private static final List<Class<? extends Annotation>> ACCESS = List.of(AnonymousAllowed.class, PermitAll.class,
            RolesAllowed.class, DenyAll.class);

    @Test
    void every_route_layout_and_error_view_carries_an_access_annotation() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<?> candidates = scanner.findCandidateComponents("no.ks.ledergaloppen");
        assertThat(candidates).hasSizeGreaterThan(5);
        for (var candidate : scanner.findCandidateComponents("no.ks.ledergaloppen")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            assertThat(ACCESS.stream().anyMatch(type::isAnnotationPresent))
                    .as("%s has an access annotation", type.getName()).isTrue();
        }
    }

    @Test
    void only_the_login_page_is_open_to_anonymous_visitors() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("no.ks.ledergaloppen")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isAnnotationPresent(AnonymousAllowed.class)) {
                assertThat(type.getSimpleName()).isEqualTo("LoginView");
            }
        }
    }
}

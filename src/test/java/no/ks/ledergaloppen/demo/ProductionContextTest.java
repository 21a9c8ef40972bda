package no.ks.ledergaloppen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

/** Without the demo profile (production) nothing of the demo is even a bean. Shares FirstAdminBootstrapTest's context. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1",
        "ledergaloppen.admin.username=ks-admin",
        "ledergaloppen.admin.password=et-langt-hemmelig-passord"})
@ActiveProfiles("test")
class ProductionContextTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_production_context_has_no_bean_from_the_demo_package() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType).filter(Objects::nonNull)
                .map(ClassUtils::getUserClass)
                .map(Class::getName).filter(name -> name.startsWith("no.ks.ledergaloppen.demo.")))
                .isEmpty();
    }
}

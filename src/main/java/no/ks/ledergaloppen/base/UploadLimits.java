package no.ks.ledergaloppen.base;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin registers its own servlet (at /vaadinServlet/*) with a multipart configuration without limits:
 * Tomcat would take in, and keep on disk while it parses, a multipart body of any size sent straight to it,
 * before anyone has asked who sent it. This gives that servlet the same limits as the rest of the app
 * ({@code spring.servlet.multipart.*}: one attachment of 10 MB and a little room around it).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    static BeanPostProcessor vaadinServletUploadLimits(ObjectProvider<MultipartConfigElement> limits) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.setMultipartConfig(limits.getObject());
                }
                return bean;
            }
        };
    }
}

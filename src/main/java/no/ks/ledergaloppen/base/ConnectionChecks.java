package no.ks.ledergaloppen.base;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hikari hands out a connection used in the last half second without checking it. When PostgreSQL restarts,
 * such a connection is already dead, and the page that gets it fails with an internal error instead of saying
 * the service is temporarily unavailable (or, once the database is back, instead of working). So every
 * connection is checked before it is handed out: one round trip to the database per transaction.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionChecks {

    static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";

    /** Runs before any bean is made, so before Hikari's pool reads the setting. */
    @Bean
    static BeanFactoryPostProcessor checkEveryPooledConnection() {
        return beanFactory -> System.getProperties().putIfAbsent(ALIVE_BYPASS_WINDOW, "0");
    }
}

package no.ks.ledergaloppen.base;

import java.lang.management.ManagementFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name among the app's nodes on one database: {@code ledergaloppen.node} when set (the two-node
 * script sets node-1 and node-2), otherwise the JVM's own "pid@host".
 */
@Component
public class NodeName {

    private final String name;

    public NodeName(@Value("${ledergaloppen.node:}") String configured) {
        this.name = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured.strip();
    }

    public static NodeName of(String name) {
        return new NodeName(name);
    }

    public String name() {
        return name;
    }
}

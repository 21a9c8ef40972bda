package no.ks.ledergaloppen.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.Map;

/**
 * A grid cell drawn in the browser from a Lit template: the values the template gets for a row, by name (what
 * the browser will show; the template itself is checked in a real browser by the e2e journeys).
 */
final class LitCells {

    private LitCells() {
    }

    static <T> Map<String, Object> values(Grid<T> grid, T row, String columnKey) {
        if (!(grid.getColumnByKey(columnKey).getRenderer() instanceof LitRenderer<T> lit)) {
            throw new AssertionError("the column " + columnKey + " is not drawn from a Lit template");
        }
        Map<String, Object> values = new HashMap<>();
        lit.getValueProviders().forEach((name, provider) -> values.put(name, provider.apply(row)));
        return values;
    }
}

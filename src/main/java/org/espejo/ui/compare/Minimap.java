package org.espejo.ui.compare;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.espejo.workspace.RowMarker;
import org.espejo.workspace.RowStatus;

/**
 * The overview strip: the whole document from top to bottom, with a mark where rows are of low
 * or medium confidence, gaps, flagged or confirmed, and where the selected row is. A click
 * jumps there.
 */
class Minimap extends Composite<Div> {

    private final Div strip = new Div();
    private final Div frame = new Div();  // the selected row's mark
    private int rows;

    Minimap(String label, IntConsumer jump) {
        Div root = getContent();
        root.setId("compare-minimap");
        root.addClassName("espejo-minimap");
        root.getElement().setAttribute("role", "navigation");
        root.getElement().setAttribute("aria-label", label);
        root.getElement().setAttribute("title", label);
        strip.addClassName("espejo-minimap-strip");
        frame.addClassName("espejo-minimap-cursor");
        frame.setVisible(false);
        root.add(strip, frame);
        root.getElement().addEventListener("click", e -> {
            double y = e.getEventData().get("event.offsetY").asNumber();
            double height = e.getEventData().get("element.clientHeight").asNumber();
            if (rows > 0 && height > 0) {
                jump.accept(Math.min(rows - 1, Math.max(0, (int) Math.floor(y / height * rows))));
            }
        }).addEventData("event.offsetY").addEventData("element.clientHeight");
    }

    void show(List<RowMarker> markers) {
        rows = markers.size();
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 ")
                .append(Math.max(1, rows)).append("\" preserveAspectRatio=\"none\" width=\"100%\" height=\"100%\">");
        for (RowMarker m : markers) {
            String kind = kind(m);
            if (kind != null) {
                svg.append("<rect class=\"mm-").append(kind).append("\" x=\"").append(x(kind)).append("\" y=\"")
                        .append(m.position()).append("\" width=\"").append(width(kind))
                        .append("\" height=\"1\"/>");
            }
        }
        svg.append("</svg>");
        strip.getElement().setProperty("innerHTML", svg.toString());
    }

    /** Marks the selected row. */
    void showSelected(int position) {
        if (rows == 0 || position < 0) {
            frame.setVisible(false);
            return;
        }
        frame.setVisible(true);
        frame.getStyle().set("top", percent(position));
    }

    private String percent(int row) {
        return String.format(Locale.ROOT, "%.3f%%", 100.0 * row / rows);
    }

    private static String kind(RowMarker m) {
        if (m.status() == RowStatus.CONFIRMED) {
            return "confirmed";
        }
        if (m.gap()) {
            return "gap";
        }
        if (m.findings() > 0) {
            return "flagged";
        }
        if (m.confidence() < 0.5) {
            return "low";
        }
        if (m.confidence() < 0.8) {
            return "medium";
        }
        return null;
    }

    private static int x(String kind) {
        return kind.equals("confirmed") ? 0 : kind.equals("flagged") ? 6 : 2;
    }

    private static int width(String kind) {
        return kind.equals("confirmed") ? 2 : kind.equals("flagged") ? 4 : 8;
    }
}

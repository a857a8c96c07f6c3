package org.espejo.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import org.espejo.text.Lang;
import org.espejo.workspace.InputProblem;

/** Short notifications and the wording of known problems, in the user's language. */
public final class Messages {

    private Messages() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    /** The sentence that explains a problem: "{0}" is the file name, then its arguments. */
    public static String explain(InputProblem problem) {
        List<Object> args = new ArrayList<>();
        args.add(problem.fileName());
        UI ui = UI.getCurrent();
        for (Object arg : problem.arguments()) {
            args.add(arg instanceof Lang lang ? ui.getTranslation("lang." + lang.code()) : arg);
        }
        return ui.getTranslation(problem.problem().messageKey(), args.toArray());
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        Notification n = Notification.show(text, millis, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }
}

package org.espejo.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.espejo.workspace.InputProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The last line of defence in the browser: a problem no view handled is told to the user in
 * their language ("that comparison does not exist any more", "something went wrong, nothing
 * was lost") instead of disappearing into the log, and the session keeps working.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UnexpectedErrors::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable problem = event.getThrowable();
        InputProblem known = find(problem);
        if (known == null) {
            LOG.error("unexpected error in the web UI", problem);
        } else {
            LOG.info("refused: {}", known.problem());
        }
        UI ui = event.getComponent().flatMap(c -> c.getUI()).orElse(UI.getCurrent());
        if (ui == null) {
            return;
        }
        ui.access(() -> Messages.error(known != null ? Messages.explain(known)
                : ui.getTranslation("problem.unexpected", problem.getClass().getSimpleName())));
    }

    private static InputProblem find(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputProblem p) {
                return p;
            }
        }
        return null;
    }
}

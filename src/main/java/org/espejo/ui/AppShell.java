package org.espejo.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/** Page-level settings: the CSS-only theme and server push for background work. */
@Theme("espejo")
@Push
public class AppShell implements AppShellConfigurator {
}

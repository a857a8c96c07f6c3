/**
 * The Vaadin user interface, one sub-package per screen. Views call {@code workspace}
 * services and show {@code text} values; they never touch repositories or entities.
 */
package org.espejo.ui;

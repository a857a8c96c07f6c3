/** The new-comparison screen: two documents uploaded or pasted, their languages, and the run. */
package org.espejo.ui.create;

/** The compare screen: the two documents side by side, one row per aligned group. */
package org.espejo.ui.compare;

/** The library screen: saved comparisons, search, open, rename, delete, and the built-in example. */
package org.espejo.ui.library;

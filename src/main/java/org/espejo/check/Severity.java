package org.espejo.check;

/** How much a finding matters: an error is almost certainly wrong, info is worth a look. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}

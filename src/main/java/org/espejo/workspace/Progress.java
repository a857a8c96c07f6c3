package org.espejo.workspace;

/**
 * Receives the stages of a long operation and lets its caller cancel it. Called from the
 * worker thread; implementations must be thread-safe.
 */
public interface Progress {

    /** The stages of building a comparison, in order. */
    enum Stage {
        READING,
        DETECTING,
        ALIGNING,
        SAVING,
        CHECKING,
        DONE
    }

    /** Progress that nobody watches and that is never cancelled. */
    Progress NONE = stage -> { };

    void stage(Stage stage);

    /** Whether the user asked to stop; checked between stages. */
    default boolean isCancelled() {
        return false;
    }
}

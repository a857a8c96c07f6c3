package org.espejo.workspace;

/** A registration that can be cancelled, e.g. when the view that listens is closed. */
@FunctionalInterface
public interface Subscription {

    void cancel();
}

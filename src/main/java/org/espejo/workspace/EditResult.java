package org.espejo.workspace;

/**
 * What a correction changed.
 *
 * @param version     the comparison's version after the change (send it with the next edit)
 * @param from        position of the first changed row
 * @param rows        how many rows now stand where the changed rows stood
 * @param rowCount    the comparison's number of rows after the change
 * @param changedRows how many rows differ from before (for re-alignment: what the engine changed)
 */
public record EditResult(long version, int from, int rows, int rowCount, int changedRows) {
}

package org.espejo.workspace;

/**
 * A snapshot of one row, as stored in the edit log and used to build new rows: paragraph
 * ranges, confidence, status, and the evidence and sentence links as JSON.
 */
record RowState(int leftStart, int leftEnd, int rightStart, int rightEnd, double confidence,
                RowStatus status, String evidence, String links) {

    static RowState of(AlignedRow row) {
        return new RowState(row.leftStart, row.leftEnd, row.rightStart, row.rightEnd, row.confidence,
                row.status, row.evidence, row.sentenceLinks);
    }

    boolean leftEmpty() {
        return leftStart == leftEnd;
    }

    boolean rightEmpty() {
        return rightStart == rightEnd;
    }

    RowState withStatus(RowStatus newStatus) {
        return new RowState(leftStart, leftEnd, rightStart, rightEnd, confidence, newStatus, evidence, links);
    }

    void copyTo(AlignedRow row) {
        row.leftStart = leftStart;
        row.leftEnd = leftEnd;
        row.rightStart = rightStart;
        row.rightEnd = rightEnd;
        row.confidence = confidence;
        row.status = status;
        row.evidence = evidence;
        row.sentenceLinks = links;
    }
}

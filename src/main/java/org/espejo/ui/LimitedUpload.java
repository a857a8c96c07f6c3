package org.espejo.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives an uploaded file into memory, but never more than {@code maxBytes}: a larger file is
 * refused on the server as it streams in (the browser-side limit alone can be bypassed), so a
 * huge upload cannot exhaust the server's memory.
 */
public final class LimitedUpload implements UploadHandler {

    /** What happens with an upload; both are called in the UI's session lock. */
    public interface Receiver {
        void received(UI ui, String fileName, byte[] bytes);

        void tooLarge(UI ui, String fileName);
    }

    private final long maxBytes;
    private final Receiver receiver;

    public LimitedUpload(long maxBytes, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            ui.access(() -> receiver.tooLarge(ui, fileName));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = event.getInputStream()) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    ui.access(() -> receiver.tooLarge(ui, fileName));
                    return;
                }
                out.write(buffer, 0, n);
            }
        }
        byte[] bytes = out.toByteArray();
        ui.access(() -> receiver.received(ui, fileName, bytes));
    }
}

package dk.sagsspor.minutes.internal.text;

import java.io.IOException;

/** A PDF that is not read, for a reason its sender can act on (a password, a limit); the message is that reason. */
public final class PdfRejectedException extends IOException {

    public PdfRejectedException(String reason) {
        super(reason);
    }
}

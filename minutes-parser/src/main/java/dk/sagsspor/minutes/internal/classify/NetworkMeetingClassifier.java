package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.LineRole;
import java.util.Optional;

/**
 * "4. møde i KKR-netværket på udsatte børne- og ungeområdet": the header of a network's minutes, naming the body.
 * Such minutes reach us as OCR text, so "møde" may read "mgde" and the name is repaired.
 */
public final class NetworkMeetingClassifier extends PatternClassifier {

    public NetworkMeetingClassifier() {
        super("\\d{1,2}\\.\\s*m\\S{1,3}de\\s+i\\s", LineRole.STANDS_ALONE,
                "\\d{1,2}\\.\\s*m\\S{1,3}de\\s+i\\s+(?:the\\s+)?(.+)",
                (block, m) -> Optional.of(new Token.MeetingHeader(block, false,
                        OcrRepair.repairName(m.group(1).strip()), null)));
    }
}

package dk.sagsspor.web.domain;

import io.quarkus.qute.TemplateData;
import java.util.Locale;

/** One body on a case's route, and whether it has treated the case. */
@TemplateData
public record RouteStop(Committee committee, State state) {

    /** Each state in words, for the page and for a screen reader; the drawing only repeats them. */
    @TemplateData
    public enum State {
        TREATED("behandlet"),
        PENDING("afventer"),
        UNPLANNED("behandlet uden for den planlagte vej");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String cssClass() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

package dk.sagsspor.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * {@link LocalDate} and {@link OffsetDateTime} written and read as {@link com.fasterxml.jackson.datatype.jsr310
 * .JavaTimeModule} does ({@code 2025-03-04}, {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}), without going through a
 * {@link DateTimeFormatter} for the common forms: a case's JSON holds dozens of dates, and the formatters' printing
 * and parsing were a twelfth of cases-service's CPU in a backfill (issue 13, docs/performance.md). The text is exactly
 * the formatter's (IsoTimeModuleTest compares them over many values); anything out of the common forms (a year
 * beyond 0-9999, an offset with seconds, text the fast path does not recognise) is left to the formatter or to the
 * JavaTimeModule's own deserializer, so what is accepted and refused stays the same. Registered after
 * JavaTimeModule, so these take its place; only in a mapper that keeps offsets as read ({@code
 * ADJUST_DATES_TO_CONTEXT_TIME_ZONE} off, as {@link EventJson}'s) and whose records carry no {@code @JsonFormat}
 * pattern or shape for these types, for it follows neither.
 */
public final class IsoTimeModule extends SimpleModule {

    /** Writes and reads dates: for {@link EventJson}'s mapper. */
    public IsoTimeModule() {
        this(true);
    }

    /**
     * Writes dates only, for a mapper that reads them its own way (Quarkus's REST mapper adjusts the times it reads to
     * UTC, which these readers do not) and has no explicit time zone to write them in (which these writers ignore).
     */
    public static IsoTimeModule writers() {
        return new IsoTimeModule(false);
    }

    private IsoTimeModule(boolean readers) {
        super("sagsspor-iso-time");
        addSerializer(LocalDate.class, new IsoWriter<>(LocalDate.class, IsoTimeModule::format));
        addSerializer(OffsetDateTime.class, new IsoWriter<>(OffsetDateTime.class, IsoTimeModule::format));
        if (!readers) {
            return;
        }
        addDeserializer(LocalDate.class, new IsoReader<>(LocalDate.class, IsoTimeModule::parseDate,
                LocalDateDeserializer.INSTANCE));
        addDeserializer(OffsetDateTime.class, new IsoReader<>(OffsetDateTime.class, IsoTimeModule::parseTime,
                InstantDeserializer.OFFSET_DATE_TIME));
    }

    /** {@link DateTimeFormatter#ISO_LOCAL_DATE}'s text of the date. */
    static String format(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        char[] text = new char[10];
        writeDate(text, year, date.getMonthValue(), date.getDayOfMonth());
        return new String(text);
    }

    /** {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}'s text of the time. */
    static String format(OffsetDateTime time) {
        int year = time.getYear();
        ZoneOffset offset = time.getOffset();
        int offsetSeconds = offset.getTotalSeconds();
        if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }
        char[] text = new char[35];
        writeDate(text, year, time.getMonthValue(), time.getDayOfMonth());
        text[10] = 'T';
        two(text, 11, time.getHour());
        text[13] = ':';
        two(text, 14, time.getMinute());
        text[16] = ':';
        two(text, 17, time.getSecond());
        int length = 19;
        int nano = time.getNano();
        if (nano != 0) {
            // As appendFraction(NANO_OF_SECOND, 0, 9, true): nine digits without their trailing zeros.
            text[length++] = '.';
            int digits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                digits--;
            }
            for (int i = digits - 1; i >= 0; i--) {
                text[length + i] = (char) ('0' + nano % 10);
                nano /= 10;
            }
            length += digits;
        }
        if (offsetSeconds == 0) {
            text[length++] = 'Z';
        } else {
            int minutes = Math.abs(offsetSeconds) / 60;
            text[length++] = offsetSeconds < 0 ? '-' : '+';
            two(text, length, minutes / 60);
            text[length + 2] = ':';
            two(text, length + 3, minutes % 60);
            length += 5;
        }
        return new String(text, 0, length);
    }

    /**
     * The date of {@code yyyy-MM-dd} exactly, or null for any other text (the formatter then decides). An impossible
     * date in that form (2025-02-30) throws as the formatter's parse does.
     */
    static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    /**
     * The time of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)} exactly, or null for any other text (the
     * deserializer then decides).
     */
    static OffsetDateTime parseTime(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nano = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 9 && isAsciiDigit(text.charAt(at))) {
                nano = nano * 10 + (text.charAt(at++) - '0');
            }
            int count = at - start;
            if (count == 0 || at < length && isAsciiDigit(text.charAt(at))) {
                return null;
            }
            for (int i = count; i < 9; i++) {
                nano *= 10;
            }
        }
        ZoneOffset offset;
        if (at == length - 1 && text.charAt(at) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-')
                && text.charAt(at + 3) == ':') {
            int hours = digits(text, at + 1, 2);
            int minutes = digits(text, at + 4, 2);
            if (hours < 0 || minutes < 0) {
                return null;
            }
            int seconds = hours * 3600 + minutes * 60;
            offset = ZoneOffset.ofTotalSeconds(text.charAt(at) == '-' ? -seconds : seconds);
        } else {
            return null;
        }
        return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nano), offset);
    }

    private static void writeDate(char[] text, int year, int month, int day) {
        text[0] = (char) ('0' + year / 1000);
        text[1] = (char) ('0' + year / 100 % 10);
        two(text, 2, year % 100);
        text[4] = '-';
        two(text, 5, month);
        text[7] = '-';
        two(text, 8, day);
    }

    private static void two(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }

    /** The number the ASCII digits at {@code from} give, or -1 when any of them is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Writes a value as the text {@code format} gives it. */
    private static final class IsoWriter<T> extends StdSerializer<T> {
        private final transient Function<T, String> format;

        IsoWriter(Class<T> type, Function<T, String> format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format.apply(value));
        }
    }

    /**
     * Reads a string {@code parse} recognises; anything else (another form, another token, an impossible value) as
     * JavaTimeModule's {@code standard} deserializer does, which also words the refusals.
     */
    private static final class IsoReader<T> extends StdDeserializer<T> {
        private final transient Function<String, T> parse;
        private final transient JsonDeserializer<T> standard;

        IsoReader(Class<T> type, Function<String, T> parse, JsonDeserializer<T> standard) {
            super(type);
            this.parse = parse;
            this.standard = standard;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    T value = parse.apply(parser.getText());
                    if (value != null) {
                        return value;
                    }
                } catch (DateTimeException e) {
                    // an impossible date in the common form: refused below, in the standard deserializer's words
                }
            }
            return standard.deserialize(parser, context);
        }
    }
}

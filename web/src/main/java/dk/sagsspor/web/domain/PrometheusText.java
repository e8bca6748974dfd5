package dk.sagsspor.web.domain;

import java.util.OptionalDouble;

/**
 * Reads values from a service's /q/metrics (the Prometheus text format): one line per series, {@code name{labels}
 * value}, comments starting with #.
 */
public final class PrometheusText {

    private final String text;

    public PrometheusText(String text) {
        this.text = text == null ? "" : text;
    }

    /** The sum over every series of the metric (all label sets); empty when the service has no such metric. */
    public OptionalDouble sum(String metric) {
        return fold(metric, false);
    }

    /** The largest value over every series of the metric. */
    public OptionalDouble max(String metric) {
        return fold(metric, true);
    }

    private OptionalDouble fold(String metric, boolean max) {
        boolean found = false;
        double result = max ? Double.NEGATIVE_INFINITY : 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(metric)) {
                continue;
            }
            String rest = line.substring(metric.length());
            if (!(rest.startsWith(" ") || rest.startsWith("{"))) {
                continue; // another metric whose name starts with this one
            }
            double value = value(rest);
            if (Double.isNaN(value)) {
                continue;
            }
            found = true;
            result = max ? Math.max(result, value) : result + value;
        }
        return found ? OptionalDouble.of(result) : OptionalDouble.empty();
    }

    private static double value(String afterName) {
        int labelsEnd = afterName.startsWith("{") ? afterName.indexOf('}') : -1;
        String[] fields = afterName.substring(labelsEnd + 1).trim().split("\\s+");
        try {
            return Double.parseDouble(fields[0]);
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }
}

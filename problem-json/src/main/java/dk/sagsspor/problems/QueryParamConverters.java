package dk.sagsspor.problems;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Parses the typed query parameters of every resource ({@code @QueryParam("page") int page}, an enum) with
 * {@link QueryParams}, so a value that does not parse is a 400 invalid-parameter problem naming the parameter and the
 * value. Without it JAX-RS answers such a value with 404 (spec §3.2), which reads as "no such resource". Quarkus REST
 * wraps the problem in that NotFoundException; {@link ProblemMappers} answers the problem inside.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        QueryParam query = find(QueryParam.class, annotations);
        if (query == null) {
            return null;
        }
        String name = query.value();
        if (rawType == int.class || rawType == Integer.class) {
            DefaultValue fallback = find(DefaultValue.class, annotations);
            return converter(value -> rawType.isPrimitive() && (value == null || value.isBlank())
                    ? notGiven(name, fallback) : QueryParams.integer(name, value));
        }
        if (rawType.isEnum()) {
            return converter(value -> QueryParams.oneOf(name, value, rawType.asSubclass(Enum.class)));
        }
        return null;
    }

    /** An int must have a value: a blank one is the declared default, or refused when there is none. */
    private static Integer notGiven(String name, DefaultValue fallback) {
        if (fallback == null) {
            throw ProblemException.invalidParameter(name + " must be a whole number like 2; got ''.");
        }
        return QueryParams.integer(name, fallback.value());
    }

    private static <T> ParamConverter<T> converter(Function<String, Object> parse) {
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked") // T is the boxed or enum type parse returns
            public T fromString(String value) {
                return (T) parse.apply(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static <A extends Annotation> A find(Class<A> type, Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (type.isInstance(annotation)) {
                    return type.cast(annotation);
                }
            }
        }
        return null;
    }
}

package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The converters as JAX-RS asks for them: by a resource parameter's type and annotations. No server. */
class QueryParamConvertersTest {

    enum Colour { RED, GREEN }

    /** The parameters a resource might declare; only their types and annotations are used. */
    @SuppressWarnings("unused")
    void resource(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") int size,
                  @QueryParam("limit") Integer limit, @QueryParam("colour") Colour colour,
                  @PathParam("number") int number, @QueryParam("q") String q) {
    }

    /** {@link #resource}'s parameters in order: their names need not be compiled in. */
    private static final List<String> PARAMETERS = List.of("page", "size", "limit", "colour", "number", "q");

    private final QueryParamConverters converters = new QueryParamConverters();

    private ParamConverter<?> converterOf(String parameter) throws NoSuchMethodException {
        Method method = getClass().getDeclaredMethod("resource", int.class, int.class, Integer.class, Colour.class,
                int.class, String.class);
        Parameter p = method.getParameters()[PARAMETERS.indexOf(parameter)];
        return converters.getConverter(p.getType(), p.getParameterizedType(), p.getAnnotations());
    }


    @ParameterizedTest
    @CsvSource({"page, 3, 3", "size, ' 20 ', 20", "limit, 7, 7", "colour, green, GREEN", "colour, RED, RED"})
    void queryValuesParse(String parameter, String value, String expected) throws Exception {
        assertEquals(expected, String.valueOf(converterOf(parameter).fromString(value)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page   | x     | page must be a whole number like 2, at most 2147483647; got 'x'.",
            "size   | 4294968000 | size must be a whole number like 2, at most 2147483647; got '4294968000'.",
            "limit  | ten   | limit must be a whole number like 2, at most 2147483647; got 'ten'.",
            "colour | blue  | colour must be one of [RED, GREEN]; got 'blue'.",
            "size   | ''    | size must be a whole number like 2; got ''.",
    })
    void aBadQueryValueIsAProblemNamingTheParameter(String parameter, String value, String detail) throws Exception {
        ParamConverter<?> converter = converterOf(parameter);
        ProblemException problem = assertThrows(ProblemException.class, () -> converter.fromString(value));
        assertEquals(ProblemType.INVALID_PARAMETER, problem.type());
        assertEquals(detail, problem.getMessage());
    }

    @Test
    void aBlankIntIsItsDefaultAndABlankObjectIsNotGiven() throws Exception {
        assertEquals(0, converterOf("page").fromString(" "));
        assertNull(converterOf("limit").fromString(""));
        assertNull(converterOf("colour").fromString(""));
    }

    @Test
    void otherParametersKeepTheirUsualConversion() throws Exception {
        assertNull(converterOf("number"), "a path parameter");
        assertNull(converterOf("q"), "a string");
    }

    @Test
    void valuesWriteBackAsSent() throws Exception {
        @SuppressWarnings("unchecked")
        ParamConverter<Object> colour = (ParamConverter<Object>) converterOf("colour");
        assertEquals("GREEN", colour.toString(Colour.GREEN));
    }
}

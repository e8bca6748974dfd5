package dk.sagsspor.meetings;

import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every @QuarkusTest of this module runs against a real Kafka broker and a real PostgreSQL (test-support): never an
 * in-memory stand-in, because these tests claim to test the flow.
 */
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "meetings_test"))
public final class RealServers {

    private RealServers() {
    }
}

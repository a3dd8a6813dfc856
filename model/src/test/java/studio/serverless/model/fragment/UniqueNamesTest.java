package studio.serverless.model.fragment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;

class UniqueNamesTest {

    @ParameterizedTest(name = "{1} among [{2}] becomes {3}")
    @CsvSource(delimiter = ';', value = {
        "LAMBDA_FUNCTION; worker; ''; worker",
        "LAMBDA_FUNCTION; worker; worker; worker-2",
        "LAMBDA_FUNCTION; worker-2; worker,worker-2; worker-3",
        "LAMBDA_FUNCTION; worker; worker,worker-2; worker-3",
        "SQS_QUEUE; orders.fifo; orders.fifo; orders-2.fifo",
        "S3_BUCKET; my-bucket-7; my-bucket-7; my-bucket-8",
    })
    void aTakenNameGetsTheNextFreeNumber(ServiceKind kind, String wanted, String taken, String expected) {
        assertEquals(expected, UniqueNames.unique(kind, wanted, Set.of(taken.split(","))));
    }

    @Test
    void aNameAtTheLengthLimitIsShortenedToStayWithinIt() {
        String longest = "f".repeat(64);

        String copy = UniqueNames.unique(ServiceKind.LAMBDA_FUNCTION, longest, Set.of(longest));

        assertEquals("f".repeat(62) + "-2", copy);
        assertTrue(ServiceCatalog.standard().service(ServiceKind.LAMBDA_FUNCTION).namingRule().violation(copy)
                .isEmpty());
    }
}

package studio.serverless.canvas.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.catalog.ServiceSpec;

class PaletteEntriesTest {

    private final PaletteEntries entries = new PaletteEntries(ServiceCatalog.standard());

    @Test
    void aBlankFilterListsEveryKindInCatalogueOrder() {
        assertEquals(List.of(ServiceKind.values()), entries.matching("  "));
    }

    @ParameterizedTest
    @CsvSource({
        "lambda, LAMBDA_FUNCTION",
        "DYNAMO, DYNAMODB_TABLE",
        "s3, S3_BUCKET",
        "database, DYNAMODB_TABLE",
        "sns topic, SNS_TOPIC",
        "kinesis stream, KINESIS_STREAM"})
    void theFilterMatchesNamesIdsAndCategoriesIgnoringCase(String filter, ServiceKind expected) {
        assertEquals(List.of(expected), entries.matching(filter));
    }

    @Test
    void everyWordOfTheFilterMustMatch() {
        assertEquals(List.of(), entries.matching("lambda queue"));
        assertEquals(5, entries.matching("integration").size());
    }

    @Test
    void theExplanationTellsWhatItIsHowItIsInvokedAndHowItIsBilled() {
        ServiceSpec spec = ServiceCatalog.standard().service(ServiceKind.SQS_QUEUE);

        String explanation = entries.explanation(ServiceKind.SQS_QUEUE);

        assertTrue(explanation.startsWith("SQS queue\n"));
        assertTrue(explanation.contains(spec.summary()));
        assertTrue(explanation.contains("Invoked: " + spec.invocation()));
        assertTrue(explanation.contains("Billed: " + spec.billing()));
    }
}

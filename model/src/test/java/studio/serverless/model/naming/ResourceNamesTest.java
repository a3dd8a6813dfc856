package studio.serverless.model.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

class ResourceNamesTest {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "sqs      | orders               | OrdersQueue",
        "dynamodb | order-status changes | OrderStatusChangesTable",
        "api      | orders-api           | OrdersApi",
        "lambda   | 2fast                | R2fastFunction",
        "sns      | ${Evil}!Ref \"x\"     | EvilRefXTopic",
        "sqs      | bestellungen-ü       | BestellungenQueue",
        "lambda   | ümlaut               | MlautFunction"})
    void logicalIdsAreTheLettersAndDigitsOfTheNamePlusTheKind(String kind, String name, String logicalId) {
        Diagram diagram = diagramOf(Service.create(new ServiceId("s-1"), ServiceKind.fromId(kind).orElseThrow(),
                name, Point.ORIGIN));

        assertEquals(logicalId, ResourceNames.of(diagram).logicalId(new ServiceId("s-1")));
    }

    @Test
    void aNameWithoutLettersFallsBackOnTheServiceId() {
        Diagram diagram = diagramOf(Service.create(new ServiceId("lambda-7"), ServiceKind.LAMBDA_FUNCTION, "ü-ö",
                Point.ORIGIN));

        assertEquals("Lambda7Function", ResourceNames.of(diagram).logicalId(new ServiceId("lambda-7")));
    }

    @Test
    void namesThatCollideAreNumberedInTheOrderOfServiceIds() {
        Diagram diagram = diagramOf(
                Service.create(new ServiceId("b"), ServiceKind.SQS_QUEUE, "orders_x", Point.ORIGIN),
                Service.create(new ServiceId("a"), ServiceKind.SQS_QUEUE, "orders-x", Point.ORIGIN));

        ResourceNames names = ResourceNames.of(diagram);

        assertEquals("OrdersXQueue", names.logicalId(new ServiceId("a")));
        assertEquals("OrdersX2Queue", names.logicalId(new ServiceId("b")));
    }

    @Test
    void aQueueAndATableMayShareAName() {
        Diagram diagram = diagramOf(
                Service.create(new ServiceId("a"), ServiceKind.SQS_QUEUE, "orders", Point.ORIGIN),
                Service.create(new ServiceId("b"), ServiceKind.DYNAMODB_TABLE, "orders", Point.ORIGIN));

        ResourceNames names = ResourceNames.of(diagram);

        assertNotEquals(names.logicalId(new ServiceId("a")), names.logicalId(new ServiceId("b")));
    }

    @Test
    void foldersNeverClimbOutOfTheProject() {
        Diagram diagram = diagramOf(Service.create(new ServiceId("a"), ServiceKind.LAMBDA_FUNCTION, "../../etc/x",
                Point.ORIGIN));

        assertEquals("etc-x", ResourceNames.of(diagram).folder(new ServiceId("a")));
    }

    @ParameterizedTest
    @CsvSource({"orders-v2, ORDERS_V2", "Order Status, ORDER_STATUS", "--x--, X"})
    void upperSnakeCaseKeepsLettersAndDigits(String text, String expected) {
        assertEquals(expected, ResourceNames.upperSnake(text));
    }

    private static Diagram diagramOf(Service... services) {
        Diagram diagram = new Diagram();
        for (Service service : services) {
            diagram.addService(service);
        }
        return diagram;
    }
}

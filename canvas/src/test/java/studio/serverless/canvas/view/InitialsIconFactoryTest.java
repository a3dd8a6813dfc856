package studio.serverless.canvas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.model.catalog.ServiceKind;

class InitialsIconFactoryTest {

    @ParameterizedTest(name = "{0} is drawn as {1}")
    @CsvSource({"LAMBDA_FUNCTION, LF", "SQS_QUEUE, SQ", "STEP_FUNCTIONS, SF", "API_GATEWAY, AG"})
    void theStandInIconShowsTheInitialsOfTheKind(ServiceKind kind, String initials) {
        assertEquals(initials, InitialsIconFactory.initials(kind));
    }
}

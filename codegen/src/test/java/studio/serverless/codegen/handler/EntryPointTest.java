package studio.serverless.codegen.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryPointTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PYTHON | app.handler | app.handler",
        "PYTHON | orders.on_order | orders.on_order",
        "PYTHON | app.handler\\nimport os | ",
        "PYTHON | json.handler | ",
        "PYTHON | app._process | ",
        "PYTHON | app.class | ",
        "PYTHON | com.example.Handler::handleRequest | ",
        "NODEJS | index.handler | index.handler",
        "NODEJS | app.processPayload | ",
        "NODEJS | app.default | ",
        "JAVA | com.example.Orders::handleRequest | com.example.Orders.handleRequest",
        "JAVA | com.example.Orders | com.example.Orders.handleRequest",
        "JAVA | com.example.Orders::other | ",
        "JAVA | app.handler | ",
        "JAVA | com.example.SQSEvent | ",
        "JAVA | com.class.Orders | ",
        "JAVA | java.lang.Orders | "})
    void onlyHandlersThatNameAPlainModuleAndAnUnusedFunctionAreAccepted(Language language, String handler,
                                                                        String expected) {
        Optional<String> parsed = EntryPoint.parse(language, handler.replace("\\n", "\n"))
                .map(entry -> entry.module() + "." + entry.function());

        assertEquals(Optional.ofNullable(expected), parsed);
    }
}

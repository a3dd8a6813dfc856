package studio.serverless.model.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files that must not load: each fails with one line naming the file, where, and what was expected. */
class BadDiagramFileTest {

    private static final String HEAD = "'format':'serverless-studio-diagram','version':1";
    private static final String LAMBDA = "{'id':'a','kind':'lambda','name':'f','position':{'x':1,'y':2}}";
    private static final String QUEUE = "{'id':'q','kind':'sqs','name':'q','position':{'x':1,'y':2}}";

    @TempDir
    Path folder;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("{", "line 1, column 2: the file ends in the middle of the JSON"),
                bad("{'format': }", "line 1, column 12: not valid JSON"),
                bad("{" + HEAD + "} {}", "more text after the end of the diagram"),
                bad("{" + HEAD + ",'version':1}", "the field 'version' appears twice"),
                bad("", "$: the file is empty; expected a JSON object"),
                bad(" \n ", "$: the file is empty"),
                bad("[]", "$: is an array; expected a JSON object"),
                bad("{'version':1}", "$.format: missing; expected \"serverless-studio-diagram\""),
                bad("{'format':'other','version':1}", "$.format: is \"other\"; expected"),
                bad("{'format':'serverless-studio-diagram'}", "$.version: missing; expected the whole number 1"),
                bad("{'format':'serverless-studio-diagram','version':'1'}", "$.version: is \"1\"; expected"),
                bad("{'format':'serverless-studio-diagram','version':1.5}", "$.version: is 1.5; expected"),
                bad("{'format':'serverless-studio-diagram','version':0}", "$.version: is 0; expected"),
                bad("{'format':'serverless-studio-diagram','version':2}", "$.version: this build reads version 1;"
                        + " the file is version 2, written by a newer Serverless Studio"),
                bad("{" + HEAD + ",'services':{}}", "$.services: is an object; expected an array of services"),
                bad("{" + HEAD + ",'connections':'x'}", "$.connections: is \"x\"; expected an array of connections"),
                bad(services("1"), "$.services[0]: is 1; expected a service object"),
                bad(services(LAMBDA.replace("'id':'a',", "")), "$.services[0].id: missing; expected a non-blank"),
                bad(services(LAMBDA.replace("'id':'a'", "'id':' '")), "$.services[0].id: is \" \"; expected a non-bl"),
                bad(services(LAMBDA.replace("'kind':'lambda',", "")), "$.services[0].kind: missing; expected one of"),
                bad(services(LAMBDA.replace("'name':'f',", "")), "$.services[0].name: missing; expected"),
                bad(services(LAMBDA.replace(",'position':{'x':1,'y':2}", "")), "$.services[0].position: missing;"),
                bad(services(LAMBDA.replace("'x':1", "'x':'1'")), "$.services[0].position.x: is \"1\"; expected a n"),
                bad(services(LAMBDA.replace(",'y':2", "")), "$.services[0].position.y: missing; expected a number"),
                bad(services(LAMBDA.replace("'y':2", "'y':1e999")), "$.services[0].position.y: is a number too large"),
                bad(services(LAMBDA.replace("lambda", "lamda")), "$.services[0].kind: unknown service kind"
                        + " \"lamda\"; expected one of lambda, api, sqs, dynamodb, s3"),
                bad(services(LAMBDA + "," + LAMBDA), "$.services[1].id: the id \"a\" is already the id of"
                        + " $.services[0]; expected ids unique across services and connections"),
                bad(lambdaWith("'memory':1"), "$.services[0].properties.memory: unknown property of a service"
                        + " of kind lambda; expected one of runtime, handler, memorySize"),
                bad(lambdaWith("'a\\nb':1"), "$.services[0].properties[\"a\\nb\"]: unknown property"),
                bad(lambdaWith("'memorySize':'big'"), "$.services[0].properties.memorySize: is \"big\"; expected"
                        + " a whole number"),
                bad(lambdaWith("'memorySize':3.5"), "$.services[0].properties.memorySize: is 3.5; expected a whole"),
                bad(lambdaWith("'memorySize':3000000000"), "memorySize: is 3000000000; expected a whole number from"),
                bad(lambdaWith("'memorySize':null"), "memorySize: is null; expected a whole number"),
                bad(lambdaWith("'runtime':7"), "$.services[0].properties.runtime: is 7; expected a string"),
                bad(lambdaWith("'runtime':{}"), "$.services[0].properties.runtime: is an object; expected a string"),
                bad(queueWith("'fifo':'yes'"), "$.services[0].properties.fifo: is \"yes\"; expected true or false"),
                bad(services(LAMBDA.replace("}}", "},'properties':[]}")), "$.services[0].properties: is an array;"),
                bad(connection("'sqs-trigger','q','a'"), "$.connections[0].type: unknown connection type"
                        + " \"sqs-trigger\"; expected one of s3-notification, sqs-event-source"),
                bad(connection("'sqs-event-source','q','ghost'"), "$.connections[0].target: no service has the id"
                        + " \"ghost\"; expected the id of a service in this file"),
                bad(connection("'sqs-event-source','nobody','a'"), "$.connections[0].source: no service has the id"),
                bad(connection("'sqs-event-source','q','a'").replace("'id':'c1'", "'id':'a'"),
                        "$.connections[0].id: the id \"a\" is already the id of $.services[0]"),
                bad(connectionWith("'sqs-event-source','q','a'", "'size':1"), "$.connections[0].properties.size:"
                        + " unknown property of a connection of type sqs-event-source; expected one of batchSize"),
                bad(connectionWith("'sqs-send','a','q'", "'size':1"), "unknown property of a connection of type"
                        + " sqs-send; expected no properties"),
                bad(connectionWith("'s3-notification','q','a'", "'events':['s3:ObjectCreated:*',1]"),
                        "$.connections[0].properties.events[1]: is 1; expected a string"),
                bad(connectionWith("'sns-subscription','a','q'", "'rawMessageDelivery':'yes'"),
                        "$.connections[0].properties.rawMessageDelivery: is \"yes\"; expected true or false"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFileFailsWithOneLineNamingTheFileAndThePlace(String text, String expectedFragment) throws IOException {
        Path file = folder.resolve("bad.studio.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        DiagramFormatException failure = assertThrows(DiagramFormatException.class, () -> DiagramFiles.load(file));

        String message = failure.getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        assertTrue(message.contains(expectedFragment), () -> "expected <" + expectedFragment + "> in " + message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
    }

    private static Arguments bad(String singleQuoted, String expectedFragment) {
        return Arguments.of(singleQuoted.replace('\'', '"'), expectedFragment);
    }

    private static String services(String services) {
        return "{" + HEAD + ",'services':[" + services + "]}";
    }

    private static String lambdaWith(String properties) {
        return services(LAMBDA.replace("}}", "},'properties':{" + properties + "}}"));
    }

    private static String queueWith(String properties) {
        return services(QUEUE.replace("}}", "},'properties':{" + properties + "}}"));
    }

    private static String connection(String typeSourceTarget) {
        return connectionWith(typeSourceTarget, "");
    }

    private static String connectionWith(String typeSourceTarget, String properties) {
        String[] parts = typeSourceTarget.split(",");
        return "{" + HEAD + ",'services':[" + LAMBDA + "," + QUEUE + "],'connections':[{'id':'c1','type':"
                + parts[0] + ",'source':" + parts[1] + ",'target':" + parts[2] + ",'properties':{" + properties
                + "}}]}";
    }
}

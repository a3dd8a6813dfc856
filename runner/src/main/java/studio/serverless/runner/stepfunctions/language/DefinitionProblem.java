package studio.serverless.runner.stepfunctions.language;

/**
 * One problem in a definition: where ({@code States.Pay.Next}, the JSON location) and what, in a sentence that
 * names the state and field and says what was expected.
 */
public record DefinitionProblem(String location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}

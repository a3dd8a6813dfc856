package studio.serverless.runner.stepfunctions.bench;

/** The definition of a chain of Pass states, each passing its input on with one field set to its own name. */
final class PassChain {

    private PassChain() {
    }

    /** A machine of {@code length} Pass states in a row; every state sets {@code $.step} to its own name. */
    static String definition(int length) {
        StringBuilder states = new StringBuilder();
        for (int i = 1; i <= length; i++) {
            states.append(i == 1 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\",")
                    .append("\"Result\":\"S").append(i).append("\",\"ResultPath\":\"$.step\",")
                    .append(i == length ? "\"End\":true}" : "\"Next\":\"S" + (i + 1) + "\"}");
        }
        return "{\"StartAt\":\"S1\",\"States\":{" + states + "}}";
    }

    /** The same chain in JSONata: every state's Output merges {@code {"step": NAME}} into its input. */
    static String jsonataDefinition(int length) {
        StringBuilder states = new StringBuilder();
        for (int i = 1; i <= length; i++) {
            states.append(i == 1 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\",")
                    .append("\"Output\":\"{% $merge([$states.input, {'step': 'S").append(i).append("'}]) %}\",")
                    .append(i == length ? "\"End\":true}" : "\"Next\":\"S" + (i + 1) + "\"}");
        }
        return "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"S1\",\"States\":{" + states + "}}";
    }
}

package studio.serverless.runner.activity;

/** Words the delivery activities share, so that every timeline line reads alike. */
public final class Deliveries {

    private Deliveries() {
    }

    /** {@code 1 message}, {@code 3 messages}. */
    public static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

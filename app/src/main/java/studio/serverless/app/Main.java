package studio.serverless.app;

/** Placeholder entry point, replaced by the command line. */
public final class Main {
    private Main() {
    }

    /** Starts the studio. */
    public static void main(String[] args) {
        System.out.println("studio");
    }
}

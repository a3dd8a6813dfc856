package studio.serverless.app.run;

/**
 * The steps of starting a {@link LocalRun}, in order, each with what a progress bar shows: its label and how far
 * along the start is when it begins (installing npm packages and building Java functions take the longest).
 */
public enum RunStep {

    /** Binding the local cloud's endpoint and opening its storage. */
    STARTING_CLOUD("Starting the local cloud", 0.0),
    /** Generating the handlers that are missing into the project folder. */
    PREPARING_HANDLERS("Preparing the handlers", 0.1),
    /** Installing the npm packages Node.js handlers import. */
    INSTALLING_PACKAGES("Installing Node.js packages", 0.2),
    /** Building the Maven projects of Java functions. */
    BUILDING_JAVA("Building Java functions", 0.45),
    /** Creating the diagram's resources and registering its functions. */
    CREATING_RESOURCES("Creating the resources", 0.75),
    /** Starting one HTTP listener per API. */
    STARTING_APIS("Starting the APIs", 0.9),
    /** Watching the handlers for edits; the run is up once this step ends. */
    WATCHING_HANDLERS("Watching the handlers for edits", 0.95);

    private final String label;
    private final double fraction;

    RunStep(String label, double fraction) {
        this.label = label;
        this.fraction = fraction;
    }

    /** What the step does, for a person: "Building Java functions". */
    public String label() {
        return label;
    }

    /** How far along the start is when this step begins, from 0 to 1. */
    public double fraction() {
        return fraction;
    }
}

package studio.serverless.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} with the project version the build wrote into {@code version.properties}. */
public final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "/studio/serverless/app/version.properties";

    /** The version line, e.g. {@code studio 0.1.0}. */
    @Override
    public String[] getVersion() {
        return new String[] {"studio " + version()};
    }

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} when the build wrote none. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

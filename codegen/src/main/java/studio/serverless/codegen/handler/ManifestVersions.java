package studio.serverless.codegen.handler;

/**
 * The library versions written into generated manifests ({@code pom.xml}, {@code package.json}). The Java ones
 * match the versions codegen's own tests compile generated handlers against (root pom).
 */
public final class ManifestVersions {

    /** The one instance templates get as {@code $versions}. */
    public static final ManifestVersions INSTANCE = new ManifestVersions();

    private ManifestVersions() {
    }

    /** com.amazonaws:aws-lambda-java-core. */
    public String lambdaCore() {
        return "1.4.0";
    }

    /** com.amazonaws:aws-lambda-java-events. */
    public String lambdaEvents() {
        return "3.16.1";
    }

    /** The AWS SDK for Java v2 bill of materials. */
    public String awsSdk() {
        return "2.59.1";
    }

    /** Jackson databind, which Java handlers use for JSON. */
    public String jackson() {
        return "2.23.0";
    }

    /** JUnit Jupiter, for the generated tests. */
    public String junit() {
        return "5.14.4";
    }

    /** The AWS SDK for JavaScript v3 clients (caret range in package.json). */
    public String awsSdkJavaScript() {
        return "3.700.0";
    }
}

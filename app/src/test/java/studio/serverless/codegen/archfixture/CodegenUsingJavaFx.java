package studio.serverless.codegen.archfixture;

/** A codegen class that wrongly uses JavaFX. */
public final class CodegenUsingJavaFx {
    javafx.scene.paint.Color colour;
}

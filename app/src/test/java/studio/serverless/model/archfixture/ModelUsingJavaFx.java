package studio.serverless.model.archfixture;

/** A model class that wrongly uses JavaFX. */
public final class ModelUsingJavaFx {
    javafx.scene.paint.Color colour;
}

package studio.serverless.model.archfixture;

import studio.serverless.canvas.archfixture.CanvasUsingRunner;

/** A model class that wrongly knows the canvas. */
public final class ModelUsingCanvas {
    CanvasUsingRunner canvas;
}

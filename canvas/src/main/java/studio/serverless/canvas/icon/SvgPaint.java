package studio.serverless.canvas.icon;

import java.util.Map;
import java.util.Set;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The fill and stroke an element is drawn with: SVG's defaults, overridden by each enclosing {@code g} and then by
 * the element itself. SVG's defaults differ from JavaFX's (butt line caps, miter limit 4), so they are set
 * explicitly on every shape.
 */
record SvgPaint(Paint fill, Paint stroke, double strokeWidth, StrokeLineCap lineCap, StrokeLineJoin lineJoin,
                FillRule fillRule) {

    /** The attributes this record reads; every drawing element and {@code g} may carry them. */
    static final Set<String> ATTRIBUTES = Set.of("fill", "stroke", "stroke-width", "stroke-linecap",
            "stroke-linejoin", "fill-rule", "id");

    /** What SVG draws with when nothing says otherwise: black fill, no stroke. */
    static final SvgPaint DEFAULT = new SvgPaint(Color.BLACK, Color.TRANSPARENT, 1, StrokeLineCap.BUTT,
            StrokeLineJoin.MITER, FillRule.NON_ZERO);

    private static final double SVG_MITER_LIMIT = 4;
    private static final Map<String, StrokeLineCap> LINE_CAPS = Map.of("butt", StrokeLineCap.BUTT,
            "round", StrokeLineCap.ROUND, "square", StrokeLineCap.SQUARE);
    private static final Map<String, StrokeLineJoin> LINE_JOINS = Map.of("miter", StrokeLineJoin.MITER,
            "round", StrokeLineJoin.ROUND, "bevel", StrokeLineJoin.BEVEL);
    private static final Map<String, FillRule> FILL_RULES = Map.of("nonzero", FillRule.NON_ZERO,
            "evenodd", FillRule.EVEN_ODD);

    /** This paint with whatever the element sets itself. */
    SvgPaint inherit(SvgElement element) {
        return new SvgPaint(element.paint("fill").orElse(fill), element.paint("stroke").orElse(stroke),
                element.number("stroke-width", strokeWidth),
                element.keyword("stroke-linecap", LINE_CAPS).orElse(lineCap),
                element.keyword("stroke-linejoin", LINE_JOINS).orElse(lineJoin),
                element.keyword("fill-rule", FILL_RULES).orElse(fillRule));
    }

    /** Gives the shape this fill and stroke; a transparent ("none") stroke is no stroke at all. */
    <S extends Shape> S applyTo(S shape) {
        shape.setFill(fill);
        shape.setStroke(Color.TRANSPARENT.equals(stroke) ? null : stroke);
        shape.setStrokeWidth(strokeWidth);
        shape.setStrokeLineCap(lineCap);
        shape.setStrokeLineJoin(lineJoin);
        shape.setStrokeMiterLimit(SVG_MITER_LIMIT);
        if (shape instanceof SVGPath path) {
            path.setFillRule(fillRule);
        }
        return shape;
    }
}

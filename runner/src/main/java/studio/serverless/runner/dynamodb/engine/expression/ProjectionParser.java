package studio.serverless.runner.dynamodb.engine.expression;

import java.util.ArrayList;
import java.util.List;

/** Parses a ProjectionExpression: document paths separated by commas, none overlapping another. */
public final class ProjectionParser {
    private ProjectionParser() {
    }

    /** @return the projected paths in order */
    public static List<DocumentPath> parse(String source, ExpressionAttributes attributes) {
        TokenCursor cursor = new TokenCursor(source, ExpressionKind.ProjectionExpression, attributes);
        List<DocumentPath> paths = new ArrayList<>();
        do {
            paths.add(cursor.path());
        } while (cursor.accept(TokenType.COMMA));
        cursor.expectEnd();
        PathOverlap.requireDisjoint(paths, cursor);
        return List.copyOf(paths);
    }
}

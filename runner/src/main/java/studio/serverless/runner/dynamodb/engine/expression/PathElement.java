package studio.serverless.runner.dynamodb.engine.expression;

/** One step of a document path: a map key (or top-level name), or a list index. */
public sealed interface PathElement {
    /** A map key or attribute name. @param name the name */
    record Name(String name) implements PathElement {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A list index. @param index the zero-based position */
    record Index(int index) implements PathElement {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }
}

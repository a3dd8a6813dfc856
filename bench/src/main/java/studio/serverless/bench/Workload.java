package studio.serverless.bench;

/** One service's benchmark workload: set up once, then operations run from several threads, timed one by one. */
interface Workload extends AutoCloseable {

    /** Creates what the operations need (a table, a queue, a bucket). */
    void setUp();

    /** Runs the {@code sequence}-th operation of {@code thread}; one call is one timed sample. */
    void operation(int thread, long sequence);

    /** What one operation is, for the report (e.g. "put/get/query mix"). */
    String description();

    @Override
    void close();
}

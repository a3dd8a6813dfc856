package studio.serverless.bench;

import java.util.Random;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** S3: alternating PutObject and GetObject of 4 KiB objects over 1,000 keys. */
final class S3Workload implements Workload {

    private static final String BUCKET = "bench";
    private static final int KEYS = 1000;

    private final S3Client s3;
    private final byte[] body = new byte[4096];

    S3Workload(S3Client s3) {
        this.s3 = s3;
        new Random(42).nextBytes(body);
    }

    @Override
    public void setUp() {
        s3.createBucket(b -> b.bucket(BUCKET));
        for (int i = 0; i < KEYS; i++) {
            put(i);
        }
    }

    @Override
    public void operation(int thread, long sequence) {
        long key = (sequence * 7 + thread) % KEYS;
        if (sequence % 2 == 0) {
            put(key);
        } else {
            s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key(key))).asByteArray();
        }
    }

    private void put(long key) {
        s3.putObject(b -> b.bucket(BUCKET).key(key(key)), RequestBody.fromBytes(body));
    }

    private static String key(long key) {
        return "objects/" + key + ".bin";
    }

    @Override
    public String description() {
        return "S3 4 KiB put / get";
    }

    @Override
    public void close() {
        s3.close();
    }
}

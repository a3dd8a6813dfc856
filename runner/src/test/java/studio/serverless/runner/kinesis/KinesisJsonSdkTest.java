package studio.serverless.runner.kinesis;

/** The Kinesis contract with CBOR switched off, so the SDK speaks JSON 1.1 as boto3 and the JavaScript SDK do. */
class KinesisJsonSdkTest extends KinesisErrorsSdkContract {

    KinesisJsonSdkTest() {
        super(false);
    }
}

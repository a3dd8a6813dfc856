package studio.serverless.runner.kinesis;

/** The Kinesis contract with the SDK's default encoding, CBOR. */
class KinesisCborSdkTest extends KinesisStreamsSdkContract {

    KinesisCborSdkTest() {
        super(true);
    }
}

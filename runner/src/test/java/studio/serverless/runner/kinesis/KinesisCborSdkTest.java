package studio.serverless.runner.kinesis;

/** The Kinesis contract with the SDK's default encoding, CBOR. */
class KinesisCborSdkTest extends KinesisErrorsSdkContract {

    KinesisCborSdkTest() {
        super(true);
    }
}

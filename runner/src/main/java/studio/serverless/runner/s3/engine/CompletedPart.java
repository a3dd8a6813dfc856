package studio.serverless.runner.s3.engine;

/**
 * A part as CompleteMultipartUpload names it.
 *
 * @param number the part number
 * @param etag   the ETag the client got for it (quotes allowed)
 */
public record CompletedPart(int number, String etag) {

    /** The ETag without quotes. */
    public String bareEtag() {
        return etag == null ? "" : etag.replace("\"", "").trim();
    }
}

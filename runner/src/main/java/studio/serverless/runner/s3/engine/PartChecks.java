package studio.serverless.runner.s3.engine;

import java.util.ArrayList;
import java.util.List;

/** CompleteMultipartUpload's checks of the part list, in S3's order. */
final class PartChecks {

    private PartChecks() {
    }

    /** The uploaded parts the list names, after checking order, existence, ETags and minimum sizes. */
    static List<UploadedPart> check(MultipartUpload upload, List<CompletedPart> named) {
        if (named.isEmpty()) {
            throw new S3Exception(S3Error.MALFORMED_XML);
        }
        List<UploadedPart> parts = new ArrayList<>();
        int previous = 0;
        for (CompletedPart completed : named) {
            if (completed.number() <= previous) {
                throw new S3Exception(S3Error.INVALID_PART_ORDER).with("UploadId", upload.id());
            }
            previous = completed.number();
            UploadedPart part = upload.part(completed.number());
            if (part == null || !part.etag().equals(completed.bareEtag())) {
                throw new S3Exception(S3Error.INVALID_PART).with("UploadId", upload.id())
                        .with("PartNumber", Integer.toString(completed.number()))
                        .with("ETag", String.valueOf(completed.etag()));
            }
            parts.add(part);
        }
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).size() < MultipartUploads.MIN_PART_BYTES) {
                throw new S3Exception(S3Error.ENTITY_TOO_SMALL)
                        .with("ProposedSize", Long.toString(parts.get(i).size()))
                        .with("MinSizeAllowed", Long.toString(MultipartUploads.MIN_PART_BYTES))
                        .with("PartNumber", Integer.toString(parts.get(i).number()));
            }
        }
        return parts;
    }
}

package studio.serverless.runner.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import studio.serverless.runner.stepfunctions.service.StepFunctionsError;
import studio.serverless.runner.stepfunctions.service.StepFunctionsException;

/**
 * Paging as the List and GetExecutionHistory operations do it: {@code maxResults} (0 or absent means 100, at most
 * 1000) and an opaque {@code nextToken} naming the first item of the next page, so items added meanwhile do not
 * shift the pages.
 *
 * @param <T> the listed items
 */
record Pages<T>(List<T> items, String nextToken) {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;

    /** The page of {@code all} (in listing order) that {@code request} asks for; {@code id} names an item. */
    static <T> Pages<T> of(List<T> all, JsonNode request, Function<T, String> id) {
        int size = size(request.path("maxResults"));
        int start = 0;
        String token = SfnAction.text(request, "nextToken");
        if (token != null) {
            String first = decode(token);
            start = indexOf(all, id, first, token);
        }
        int end = Math.min(all.size(), start + size);
        String next = end < all.size() ? encode(id.apply(all.get(end))) : null;
        return new Pages<>(all.subList(start, end), next);
    }

    /** Puts {@code nextToken} into the answer when there is another page. */
    ObjectNode addTokenTo(ObjectNode answer) {
        if (nextToken != null) {
            answer.put("nextToken", nextToken);
        }
        return answer;
    }

    private static int size(JsonNode maxResults) {
        if (maxResults.isMissingNode() || maxResults.isNull()) {
            return DEFAULT_SIZE;
        }
        if (!maxResults.isIntegralNumber() || maxResults.asInt() < 0 || maxResults.asInt() > MAX_SIZE) {
            throw new StepFunctionsException(StepFunctionsError.VALIDATION, "1 validation error detected: Value '"
                    + maxResults + "' at 'maxResults' failed to satisfy constraint: Member must have value between 0"
                    + " and " + MAX_SIZE);
        }
        return maxResults.asInt() == 0 ? DEFAULT_SIZE : maxResults.asInt();
    }

    private static <T> int indexOf(List<T> all, Function<T, String> id, String first, String token) {
        for (int i = 0; i < all.size(); i++) {
            if (id.apply(all.get(i)).equals(first)) {
                return i;
            }
        }
        throw new StepFunctionsException(StepFunctionsError.INVALID_TOKEN, "Invalid Token: '" + token
                + "' is not a nextToken of this listing (its item no longer exists)");
    }

    private static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notOurs) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_TOKEN,
                    "Invalid Token: '" + token + "' is not a nextToken this service gave");
        }
    }
}

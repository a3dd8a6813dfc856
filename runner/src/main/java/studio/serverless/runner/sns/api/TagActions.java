package studio.serverless.runner.sns.api;

import static studio.serverless.runner.sns.api.TopicActions.action;

import java.util.List;

/**
 * TagResource, UntagResource and ListTagsForResource on topics: tags travel as {@code Tags.member.N.Key} /
 * {@code .Value}, keys to remove as {@code TagKeys.member.N}, and are listed as
 * {@code <Tags><member><Key/><Value/></member></Tags>}.
 */
final class TagActions {

    private TagActions() {
    }

    static List<SnsAction> all() {
        return List.of(action("TagResource", (input, engine, caller, result) ->
                        engine.tagging().tagResource(input.required("ResourceArn"), input.tags("Tags"))),
                action("UntagResource", (input, engine, caller, result) ->
                        engine.tagging().untagResource(input.required("ResourceArn"), input.strings("TagKeys"))),
                action("ListTagsForResource", (input, engine, caller, result) -> {
                    result.open("Tags");
                    engine.tagging().resourceTags(input.required("ResourceArn")).forEach((key, value) ->
                            result.open("member").element("Key", key).element("Value", value).close("member"));
                    result.close("Tags");
                }));
    }
}

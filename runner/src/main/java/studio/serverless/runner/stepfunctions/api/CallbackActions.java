package studio.serverless.runner.stepfunctions.api;

import java.util.List;

/** SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat: the answers to {@code .waitForTaskToken} tasks. */
final class CallbackActions {

    private CallbackActions() {
    }

    static List<SfnAction> all() {
        return List.of(
                new SfnAction("SendTaskSuccess", (request, service) -> {
                    service.sendTaskSuccess(SfnAction.required(request, "taskToken"),
                            SfnAction.required(request, "output"));
                    return SfnAction.object();
                }),
                new SfnAction("SendTaskFailure", (request, service) -> {
                    service.sendTaskFailure(SfnAction.required(request, "taskToken"), SfnAction.text(request, "error"),
                            SfnAction.text(request, "cause"));
                    return SfnAction.object();
                }),
                new SfnAction("SendTaskHeartbeat", (request, service) -> {
                    service.sendTaskHeartbeat(SfnAction.required(request, "taskToken"));
                    return SfnAction.object();
                }));
    }
}

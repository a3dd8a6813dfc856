package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

/** Told how a run through a state machine (the execution, a Parallel branch, a Map iteration) ended. */
interface BranchListener {

    void succeeded(JsonNode output);

    void failed(StatesFailure failure);
}

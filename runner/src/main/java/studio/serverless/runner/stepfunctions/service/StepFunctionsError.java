package studio.serverless.runner.stepfunctions.service;

/** The Step Functions API errors the local service answers, by their AWS code (all HTTP 400, as AWS sends them). */
public enum StepFunctionsError {
    INVALID_ARN("InvalidArn"),
    INVALID_DEFINITION("InvalidDefinition"),
    INVALID_NAME("InvalidName"),
    INVALID_EXECUTION_INPUT("InvalidExecutionInput"),
    STATE_MACHINE_DOES_NOT_EXIST("StateMachineDoesNotExist"),
    STATE_MACHINE_ALREADY_EXISTS("StateMachineAlreadyExists"),
    STATE_MACHINE_TYPE_NOT_SUPPORTED("StateMachineTypeNotSupported"),
    EXECUTION_DOES_NOT_EXIST("ExecutionDoesNotExist"),
    EXECUTION_ALREADY_EXISTS("ExecutionAlreadyExists"),
    TASK_DOES_NOT_EXIST("TaskDoesNotExist"),
    TASK_TIMED_OUT("TaskTimedOut"),
    INVALID_TOKEN("InvalidToken"),
    INVALID_OUTPUT("InvalidOutput"),
    MISSING_REQUIRED_PARAMETER("MissingRequiredParameter"),
    VALIDATION("ValidationException"),
    UNKNOWN_OPERATION("UnknownOperationException"),
    SERIALIZATION("SerializationException");

    private final String code;

    StepFunctionsError(String code) {
        this.code = code;
    }

    /** The code clients see in {@code __type}. */
    public String code() {
        return code;
    }

    /** The HTTP status AWS answers it with. */
    public int httpStatus() {
        return 400;
    }
}

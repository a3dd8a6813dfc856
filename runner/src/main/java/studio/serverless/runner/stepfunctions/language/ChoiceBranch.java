package studio.serverless.runner.stepfunctions.language;

/** One entry of Choices: a rule and the state it leads to. */
public record ChoiceBranch(ChoiceRule rule, String next) {
}

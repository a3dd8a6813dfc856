package studio.serverless.app.desktop.generate;

import studio.serverless.codegen.Target;

/** How the dialog names a target: what a developer deploys it with. */
final class TargetNames {

    private TargetNames() {
    }

    static String describe(Target target) {
        return switch (target.id()) {
            case "sam" -> "AWS SAM / CloudFormation (template.yaml)";
            case "terraform" -> "Terraform (terraform/)";
            default -> target.id();
        };
    }
}

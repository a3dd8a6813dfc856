package studio.serverless.codegen.terraform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclCall;

/** IAM policy documents as HCL maps for {@code jsonencode}, and the role a service assumes. */
final class IamDocuments {

    private IamDocuments() {
    }

    /** An Allow statement of named actions on named resources. */
    static Map<String, Object> allow(List<String> actions, List<Object> resources) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Action", actions);
        statement.put("Resource", resources);
        return statement;
    }

    /** {@code jsonencode} of a policy document with these statements. */
    static HclCall document(List<Map<String, Object>> statements) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", statements);
        return HclCall.jsonencode(document);
    }

    /** A role that a service principal (e.g. {@code lambda.amazonaws.com}) may assume. */
    static HclBlock role(String name, String servicePrincipal) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Principal", Map.of("Service", servicePrincipal));
        statement.put("Action", "sts:AssumeRole");
        return HclBlock.resource("aws_iam_role", name).set("assume_role_policy", document(List.of(statement)));
    }

    /** The inline policy of a role with these statements. */
    static HclBlock rolePolicy(String name, HclBlock role, List<Map<String, Object>> statements) {
        return HclBlock.resource("aws_iam_role_policy", name).set("role", role.ref("id"))
                .set("policy", document(statements));
    }
}

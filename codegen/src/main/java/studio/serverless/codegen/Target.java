package studio.serverless.codegen;

import java.util.List;
import studio.serverless.model.diagram.Diagram;

/**
 * A kind of project the studio can generate (AWS SAM, Terraform, handler code): the descriptor that names the
 * target's template folder and plans which template renders which file. It holds no templates itself; they live
 * in {@code studio/serverless/codegen/templates/<templateFolder>/} and can be overridden by the user.
 */
public interface Target {

    /** The id used on the command line, e.g. {@code sam}. */
    String id();

    /** The folder of this target's templates, under the templates root. */
    String templateFolder();

    /** The files to produce for a diagram, in a stable order. */
    List<PlannedFile> plan(Diagram diagram);
}

package studio.serverless.codegen.handler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.ProjectWriter;
import studio.serverless.model.diagram.Diagram;

/** Writes the handlers of many diagrams, in one language, into one folder, so one tool run checks them all. */
final class GeneratedSources {

    private GeneratedSources() {
    }

    /** Writes each diagram's handlers under {@code folder/<case number>/} and returns the files ending so. */
    static List<Path> write(List<Named<Supplier<Diagram>>> cases, Language language, Path folder, String ending)
            throws IOException {
        HandlerTarget target = new HandlerTarget(FunctionLanguages.all(language));
        for (int number = 0; number < cases.size(); number++) {
            GeneratedProject project = new ProjectGenerator().generate(cases.get(number).getPayload().get(), target);
            ProjectWriter.writeToFolder(project, folder.resolve(String.valueOf(number)));
        }
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
            walk.filter(file -> file.toString().endsWith(ending)).sorted().forEach(files::add);
        }
        return files;
    }
}

package studio.serverless.codegen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.codegen.GenerationException;

class TemplateRendererTest {

    @TempDir
    Path overrides;

    @Test
    void aReferenceToAValueTheTemplateWasNotGivenFails() throws Exception {
        Files.createDirectories(overrides.resolve("test"));
        Files.writeString(overrides.resolve("test/typo.vm"), "Hello $nmae\n");
        TemplateRenderer renderer = TemplateRenderer.withOverrides(overrides);

        GenerationException failure = assertThrows(GenerationException.class,
                () -> renderer.render("test/typo.vm", Map.of("name", "x")));

        assertTrue(failure.getMessage().contains("test/typo.vm"), failure.getMessage());
    }

    @Test
    void theOverrideFolderIsSearchedBeforeTheBuiltInTemplates() throws Exception {
        Files.createDirectories(overrides.resolve("sam"));
        Files.writeString(overrides.resolve("sam/gitignore.vm"), "mine\n");

        String text = TemplateRenderer.withOverrides(overrides).render("sam/gitignore.vm", Map.of());

        assertEquals("mine\n", text);
    }

    @Test
    void aTemplateMissingFromTheOverrideFolderComesFromTheBuiltInOnes() {
        String text = TemplateRenderer.withOverrides(overrides).render("sam/gitignore.vm", Map.of());

        assertEquals(TemplateRenderer.builtIn().render("sam/gitignore.vm", Map.of()), text);
        assertTrue(text.contains(".aws-sam/"), text);
    }
}

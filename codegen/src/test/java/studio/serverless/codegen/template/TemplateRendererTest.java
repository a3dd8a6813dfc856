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

    private static final Map<String, Object> SAM_ONLY = Map.of("sam", true, "terraform", false);

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
        Files.createDirectories(overrides.resolve("project"));
        Files.writeString(overrides.resolve("project/gitignore.vm"), "mine\n");

        String text = TemplateRenderer.withOverrides(overrides).render("project/gitignore.vm", SAM_ONLY);

        assertEquals("mine\n", text);
    }

    @Test
    void aTemplateMissingFromTheOverrideFolderComesFromTheBuiltInOnes() {
        String text = TemplateRenderer.withOverrides(overrides).render("project/gitignore.vm", SAM_ONLY);

        assertEquals(TemplateRenderer.builtIn().render("project/gitignore.vm", SAM_ONLY), text);
        assertTrue(text.contains(".aws-sam/"), text);
    }
}

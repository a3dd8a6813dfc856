package studio.serverless.codegen.terraform;

import java.util.List;

/**
 * One generated {@code .tf} file of blocks: what {@code blocks.tf.vm} renders.
 *
 * @param name   the file name, e.g. {@code functions.tf}
 * @param title  one line saying what the file holds, written as its first comment
 * @param blocks the blocks, in the order they are written
 */
public record TerraformFile(String name, String title, List<?> blocks) {

    /** Copies the blocks. */
    public TerraformFile {
        blocks = List.copyOf(blocks);
    }
}

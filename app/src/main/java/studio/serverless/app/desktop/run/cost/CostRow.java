package studio.serverless.app.desktop.run.cost;

/** One line of the cost table as shown: every column already worded. */
public record CostRow(String service, String item, String quantity, String free, String unitPrice, String cost) {
}

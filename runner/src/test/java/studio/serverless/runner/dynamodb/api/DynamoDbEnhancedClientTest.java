package studio.serverless.runner.dynamodb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/** The Enhanced Client, as application code would use it: create the table, save, load, query, update, delete. */
class DynamoDbEnhancedClientTest {
    private static final DynamoDbTestCloud CLOUD = new DynamoDbTestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void aBeanMakesTheFullRoundTrip() {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(CLOUD.dynamodb).build();
        DynamoDbTable<Order> orders = enhanced.table("Orders", TableSchema.fromBean(Order.class));
        orders.createTable();
        orders.putItem(new Order("alice", "o-1", 12.5, List.of("book")));
        orders.putItem(new Order("alice", "o-2", 3.0, List.of("pen", "ink")));
        orders.putItem(new Order("bob", "o-3", 7.0, List.of()));

        Order loaded = orders.getItem(Key.builder().partitionValue("alice").sortValue("o-1").build());
        List<Order> alices = orders.query(QueryConditional.keyEqualTo(k -> k.partitionValue("alice"))).items()
                .stream().toList();
        loaded.setTotal(20.0);
        Order updated = orders.updateItem(loaded);
        orders.deleteItem(Key.builder().partitionValue("bob").sortValue("o-3").build());

        assertEquals(List.of("book"), loaded.getLines());
        assertEquals(List.of("o-1", "o-2"), alices.stream().map(Order::getOrderId).toList());
        assertEquals(20.0, updated.getTotal());
        assertNull(orders.getItem(Key.builder().partitionValue("bob").sortValue("o-3").build()));
        assertEquals(2, orders.scan().items().stream().count());
    }

    /** An order as the Enhanced Client maps it. */
    @DynamoDbBean
    public static class Order {
        private String customer;
        private String orderId;
        private Double total;
        private List<String> lines;

        /** For the mapper. */
        public Order() {
        }

        Order(String customer, String orderId, Double total, List<String> lines) {
            this.customer = customer;
            this.orderId = orderId;
            this.total = total;
            this.lines = lines;
        }

        @DynamoDbPartitionKey
        public String getCustomer() {
            return customer;
        }

        public void setCustomer(String customer) {
            this.customer = customer;
        }

        @DynamoDbSortKey
        public String getOrderId() {
            return orderId;
        }

        public void setOrderId(String orderId) {
            this.orderId = orderId;
        }

        public Double getTotal() {
            return total;
        }

        public void setTotal(Double total) {
            this.total = total;
        }

        public List<String> getLines() {
            return lines;
        }

        public void setLines(List<String> lines) {
            this.lines = lines;
        }
    }
}

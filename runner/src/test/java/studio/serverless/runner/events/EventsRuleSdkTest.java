package studio.serverless.runner.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.EventBus;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import software.amazon.awssdk.services.eventbridge.model.LimitExceededException;
import software.amazon.awssdk.services.eventbridge.model.ListRulesResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Target;

/** Buses, rules and targets through the real AWS SDK, with the errors AWS documents. */
class EventsRuleSdkTest {

    private static final EventsTestCloud CLOUD = new EventsTestCloud();
    private static final String PATTERN = "{\"source\":[\"com.example.orders\"]}";
    private static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:f";

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void busesCanBeCreatedDescribedListedAndDeletedBesideTheDefaultBus() {
        String name = EventsTestCloud.unique("bus");
        String arn = CLOUD.events.createEventBus(b -> b.name(name).description("orders")).eventBusArn();

        assertEquals("arn:aws:events:us-east-1:000000000000:event-bus/" + name, arn);
        assertEquals("orders", CLOUD.events.describeEventBus(b -> b.name(name)).description());
        List<String> names = CLOUD.events.listEventBuses(b -> { }).eventBuses().stream().map(EventBus::name).toList();
        assertTrue(names.containsAll(List.of("default", name)));
        assertThrows(ResourceAlreadyExistsException.class, () -> CLOUD.events.createEventBus(b -> b.name(name)));

        CLOUD.events.deleteEventBus(b -> b.name(name));
        assertThrows(ResourceNotFoundException.class, () -> CLOUD.events.describeEventBus(b -> b.name(name)));
        String defaultBus = validationError(
                () -> CLOUD.events.deleteEventBus(b -> b.name("default")));
        assertEquals("Cannot delete event bus default.", defaultBus);
    }

    @Test
    void aRuleCanBePutDescribedDisabledEnabledAndDeleted() {
        String arn = CLOUD.events.putRule(b -> b.name("orders-rule").eventPattern(PATTERN).description("d"))
                .ruleArn();

        assertEquals("arn:aws:events:us-east-1:000000000000:rule/orders-rule", arn);
        DescribeRuleResponse described = CLOUD.events.describeRule(b -> b.name("orders-rule"));
        assertEquals(PATTERN, described.eventPattern());
        assertEquals(RuleState.ENABLED, described.state());
        assertEquals("default", described.eventBusName());
        CLOUD.events.disableRule(b -> b.name("orders-rule"));
        assertEquals(RuleState.DISABLED, CLOUD.events.describeRule(b -> b.name("orders-rule")).state());
        CLOUD.events.enableRule(b -> b.name("orders-rule"));
        assertEquals(RuleState.ENABLED, CLOUD.events.describeRule(b -> b.name("orders-rule")).state());

        CLOUD.events.deleteRule(b -> b.name("orders-rule"));
        ResourceNotFoundException gone = assertThrows(ResourceNotFoundException.class,
                () -> CLOUD.events.describeRule(b -> b.name("orders-rule")));
        assertEquals("Rule orders-rule does not exist on EventBus default.", gone.awsErrorDetails().errorMessage());
    }

    @Test
    void rulesOnACustomBusHaveTheBusInTheirArnAndListByPrefixWithPaging() {
        String bus = EventsTestCloud.unique("bus");
        CLOUD.events.createEventBus(b -> b.name(bus));
        for (int i = 0; i < 5; i++) {
            String name = "paged-" + i;
            CLOUD.events.putRule(b -> b.name(name).eventBusName(bus).eventPattern(PATTERN));
        }
        CLOUD.events.putRule(b -> b.name("other").eventBusName(bus).eventPattern(PATTERN));

        ListRulesResponse first = CLOUD.events.listRules(b -> b.eventBusName(bus).namePrefix("paged-").limit(3));
        ListRulesResponse second = CLOUD.events.listRules(b -> b.eventBusName(bus).namePrefix("paged-").limit(3)
                .nextToken(first.nextToken()));

        assertEquals(List.of("paged-0", "paged-1", "paged-2"), first.rules().stream().map(Rule::name).toList());
        assertEquals(List.of("paged-3", "paged-4"), second.rules().stream().map(Rule::name).toList());
        assertEquals(null, second.nextToken());
        assertTrue(first.rules().get(0).arn().endsWith(":rule/" + bus + "/paged-0"));
    }

    @Test
    void badRulesAreRefusedWithAwsErrors() {
        String neither = validationError(
                () -> CLOUD.events.putRule(b -> b.name("empty")));
        InvalidEventPatternException pattern = assertThrows(InvalidEventPatternException.class,
                () -> CLOUD.events.putRule(b -> b.name("bad").eventPattern("{\"source\":[{\"sorta\":1}]}")));
        String schedule = validationError(
                () -> CLOUD.events.putRule(b -> b.name("bad").scheduleExpression("rate(1 minutes)")));
        String bus = EventsTestCloud.unique("bus");
        CLOUD.events.createEventBus(b -> b.name(bus));
        String customBusSchedule = validationError(() -> CLOUD.events
                .putRule(b -> b.name("s").eventBusName(bus).scheduleExpression("rate(5 minutes)")));

        assertEquals("Parameter(s) EventPattern or ScheduleExpression must be specified.",
                neither);
        assertEquals("Event pattern is not valid. Reason: unrecognized match type sorta at source",
                pattern.awsErrorDetails().errorMessage());
        assertEquals("Parameter ScheduleExpression is not valid.", schedule);
        assertEquals("ScheduleExpression is supported only on the default event bus.",
                customBusSchedule);
        assertThrows(ResourceNotFoundException.class, () -> CLOUD.events.putRule(b -> b.name("x")
                .eventBusName("no-such-bus").eventPattern(PATTERN)));
    }

    @Test
    void targetsCanBePutListedAndRemovedAndKeepARuleFromBeingDeleted() {
        CLOUD.events.putRule(b -> b.name("targeted").eventPattern(PATTERN));
        CLOUD.events.putTargets(b -> b.rule("targeted").targets(Target.builder().id("a").arn(FUNCTION).build(),
                Target.builder().id("b").arn(FUNCTION).input("{\"fixed\":true}").build()));

        List<Target> listed = CLOUD.events.listTargetsByRule(b -> b.rule("targeted")).targets();
        assertEquals(List.of("a", "b"), listed.stream().map(Target::id).toList());
        assertEquals("{\"fixed\":true}", listed.get(1).input());
        String hasTargets = validationError(
                () -> CLOUD.events.deleteRule(b -> b.name("targeted")));
        assertEquals("Rule can't be deleted since it has targets.", hasTargets);

        CLOUD.events.removeTargets(b -> b.rule("targeted").ids("a", "b"));
        assertTrue(CLOUD.events.listTargetsByRule(b -> b.rule("targeted")).targets().isEmpty());
        CLOUD.events.deleteRule(b -> b.name("targeted"));
        assertFalse(CLOUD.events.listRules(b -> { }).rules().stream().anyMatch(rule -> rule.name().equals("targeted")));
    }

    @Test
    void badTargetsAreRefusedWithAwsErrors() {
        CLOUD.events.putRule(b -> b.name("limits").eventPattern(PATTERN));
        Target[] six = new Target[6];
        for (int i = 0; i < 6; i++) {
            six[i] = Target.builder().id("t" + i).arn(FUNCTION).build();
        }

        assertThrows(LimitExceededException.class, () -> CLOUD.events.putTargets(b -> b.rule("limits").targets(six)));
        String both = validationError(() -> CLOUD.events.putTargets(b -> b
                .rule("limits").targets(Target.builder().id("x").arn(FUNCTION).input("{}").inputPath("$.detail")
                        .build())));
        assertEquals("Only one of Input, InputPath, or InputTransformer must be provided for target x.",
                both);
        assertThrows(ResourceNotFoundException.class, () -> CLOUD.events.putTargets(b -> b.rule("no-such-rule")
                .targets(Target.builder().id("x").arn(FUNCTION).build())));
    }

    /** Runs {@code call}, which must fail with AWS's ValidationException (not modelled in the SDK); its message. */
    static String validationError(Executable call) {
        EventBridgeException error = assertThrows(EventBridgeException.class, call);
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals(400, error.statusCode());
        return error.awsErrorDetails().errorMessage();
    }
}

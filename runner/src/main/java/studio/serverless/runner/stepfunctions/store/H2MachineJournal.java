package studio.serverless.runner.stepfunctions.store;

import java.time.Instant;
import java.util.logging.Logger;
import studio.serverless.runner.stepfunctions.service.MachineJournal;
import studio.serverless.runner.stepfunctions.service.StateMachineEntry;
import studio.serverless.runner.stepfunctions.service.StepFunctionsException;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.storage.JournalTables;

/** Writes state machines through to H2 before the API answers, and puts them back at start. */
public final class H2MachineJournal implements MachineJournal {

    private static final Logger LOG = Logger.getLogger(H2MachineJournal.class.getName());

    private final JournalTables tables;

    private H2MachineJournal(JournalTables tables) {
        this.tables = tables;
    }

    /** The journal in {@code storage}, creating its table on first use. */
    public static H2MachineJournal in(H2Storage storage) {
        return new H2MachineJournal(new JournalTables(storage,
                "CREATE TABLE IF NOT EXISTS sfn_state_machines (ordinal BIGINT AUTO_INCREMENT,"
                        + " arn VARCHAR(2048) PRIMARY KEY, name VARCHAR(80) NOT NULL, definition CLOB NOT NULL,"
                        + " role_arn VARCHAR(2048), type VARCHAR(16) NOT NULL, creation_date VARCHAR(40) NOT NULL,"
                        + " update_date VARCHAR(40) NOT NULL)"));
    }

    /**
     * Puts every stored state machine back into {@code service}. One whose definition the engine no longer accepts
     * is left out with a warning, so one stored definition cannot keep the local cloud from starting.
     */
    public void restoreInto(StepFunctionsService service) {
        tables.select("cannot read the stored state machines", "SELECT arn, name, definition, role_arn, type,"
                + " creation_date, update_date FROM sfn_state_machines ORDER BY ordinal", row -> {
                    try {
                        service.restoreMachine(row.getString(1), row.getString(2), row.getString(3),
                                row.getString(4), row.getString(5), Instant.parse(row.getString(6)),
                                Instant.parse(row.getString(7)));
                    } catch (StepFunctionsException invalid) {
                        LOG.warning("the stored state machine " + row.getString(1) + " is not restored: "
                                + invalid.getMessage());
                    }
                    return null;
                });
    }

    @Override
    public void machineSaved(StateMachineEntry machine) {
        tables.transaction("cannot store state machine " + machine.arn(), statements -> statements.update(
                "MERGE INTO sfn_state_machines (arn, name, definition, role_arn, type, creation_date, update_date)"
                        + " KEY (arn) VALUES (?, ?, ?, ?, ?, ?, ?)", machine.arn(), machine.name(),
                machine.definition(), machine.roleArn(), machine.type(), machine.creationDate().toString(),
                machine.updateDate().toString()));
    }

    @Override
    public void machineDeleted(String arn) {
        tables.transaction("cannot delete state machine " + arn, statements -> statements.update(
                "DELETE FROM sfn_state_machines WHERE arn = ?", arn));
    }
}

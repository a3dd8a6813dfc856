package studio.serverless.runner.stepfunctions.service;

/** Where the service writes state machine changes to survive a restart (H2 with a data folder, nowhere without). */
public interface MachineJournal {

    /** Keeps nothing: an in-memory local cloud. */
    MachineJournal NONE = new MachineJournal() {
        @Override
        public void machineSaved(StateMachineEntry machine) {
        }

        @Override
        public void machineDeleted(String arn) {
        }
    };

    /** A state machine was created or updated. */
    void machineSaved(StateMachineEntry machine);

    /** A state machine was deleted. */
    void machineDeleted(String arn);
}

package dk.sagsspor.outbox;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs something once the current transaction has ended, committed or rolled back. Kept answers are forgotten then
 * and not before: a read between the forgetting and the commit would keep what the transaction is still changing.
 */
public final class AfterTransaction {

    private AfterTransaction() {
    }

    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}

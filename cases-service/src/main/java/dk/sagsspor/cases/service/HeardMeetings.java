package dk.sagsspor.cases.service;

import dk.sagsspor.cases.repository.KnownMeetingRepository.Heard;
import dk.sagsspor.outbox.Gathered;
import jakarta.transaction.TransactionScoped;

/** The meetings the current consumer transaction heard of (published or withdrawn), written at its end. */
@TransactionScoped
public class HeardMeetings extends Gathered<Heard> {
}

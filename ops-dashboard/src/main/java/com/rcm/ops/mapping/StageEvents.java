package com.rcm.ops.mapping;

import com.rcm.events.EventType;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.StatementIssued;
import com.rcm.ops.domain.Stage;
import com.rcm.platform.messaging.InboundEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which stage each CloudEvents type moves its encounter to. Types not listed here do not move it. */
public final class StageEvents {
    static final String DENIED = "DENIED";

    private static final Map<String, Stage> STAGES = Map.of(
            EventType.ENCOUNTER_RECEIVED.type(), Stage.RECEIVED,
            EventType.ENCOUNTER_CODED.type(), Stage.CODED,
            EventType.ENCOUNTER_NEEDS_REVIEW.type(), Stage.NEEDS_REVIEW,
            EventType.ENCOUNTER_VOIDED.type(), Stage.VOIDED,
            EventType.CLAIM_SUBMITTED.type(), Stage.CLAIMED,
            EventType.CLAIM_REJECTED.type(), Stage.REJECTED,
            EventType.CLAIM_ADJUDICATED.type(), Stage.ADJUDICATED,
            EventType.PAYMENT_POSTED.type(), Stage.PAID,
            EventType.STATEMENT_ISSUED.type(), Stage.PATIENT_BILLED,
            EventType.BALANCE_SETTLED.type(), Stage.SETTLED);

    /** The types the projection consumes; everything else on the topics is skipped. */
    public static final Set<String> TYPES = STAGES.keySet();

    public static Optional<Stage> stageOf(InboundEvent event) {
        Stage stage = STAGES.get(event.type());
        if (stage == Stage.ADJUDICATED
                && DENIED.equals(event.payloadAs(ClaimAdjudicated.class).outcome())) {
            return Optional.of(Stage.DENIED);
        }
        return Optional.ofNullable(stage);
    }

    /** The encounters an event moves: a statement bills every encounter it lists, other events their own. */
    public static List<String> encountersOf(InboundEvent event) {
        String own = event.envelope().encounterId();
        if (!EventType.STATEMENT_ISSUED.type().equals(event.type())) {
            return own == null || own.isBlank() ? List.of() : List.of(own);
        }
        Set<String> all = new LinkedHashSet<>();
        if (own != null && !own.isBlank()) {
            all.add(own);
        }
        all.addAll(event.payloadAs(StatementIssued.class).encounterIds());
        return List.copyOf(all);
    }

    private StageEvents() {}
}

package com.rcm.coding.review;

import com.rcm.coding.persistence.CodingAuditEntity;
import com.rcm.coding.persistence.CodingAuditRepository;
import com.rcm.coding.persistence.EncounterEntity;
import com.rcm.events.EventJson;
import com.rcm.events.payload.EncounterSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the append-only audit trail of an encounter's coding, in the transaction of the change. */
@ApplicationScoped
public class CodingAudit {
    public static final String SYSTEM = "coding-service";

    private final CodingAuditRepository audit;

    public CodingAudit(CodingAuditRepository audit) {
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            EncounterEntity encounter, String actor, String action, String reason, String before, String after) {
        CodingAuditEntity entry = new CodingAuditEntity();
        entry.tenantId = encounter.tenantId;
        entry.encounterId = encounter.id;
        entry.actor = actor;
        entry.action = action;
        entry.reason = reason;
        entry.before = before;
        entry.after = after;
        entry.at = OffsetDateTime.now();
        audit.persist(entry);
    }

    /** The part of an encounter a coder changes (status, codes, edits found), as the audit's before and after. */
    public static String snapshot(EncounterEntity encounter) {
        EncounterSubmitted codes = EventJson.read(encounter.submission, EncounterSubmitted.class);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("status", encounter.status.name());
        snapshot.put("diagnoses", codes.diagnoses());
        snapshot.put("services", codes.services());
        snapshot.put("edits", encounter.edits == null ? null : EventJson.read(encounter.edits, Object.class));
        return EventJson.write(snapshot);
    }
}

package com.rcm.claims.persistence;

import com.rcm.claims.domain.ClaimStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A professional claim for one encounter, with the 837P it was sent as. */
@Entity
@Table(name = "claim")
public class ClaimEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "encounter_id")
    public String encounterId;

    @Column(name = "patient_control_number")
    public String patientControlNumber;

    /** The patient as the EHR names them (the encounter's patient.externalId): the duplicate check's key. */
    @Column(name = "patient_id")
    public String patientId;

    @Column(name = "payer_id")
    public String payerId;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    @Column(name = "frequency_code")
    public String frequencyCode;

    @Column(name = "date_of_service")
    public LocalDate dateOfService;

    @Column(name = "total_charge_cents")
    public long totalChargeCents;

    /**
     * The coded encounter the claim was built from ({@code EncounterCoded} JSON), as billed to this claim's
     * payer: its {@code coverage} is the coverage this claim goes to (the secondary's, on a secondary claim).
     */
    public String encounter;

    /** Which of the encounter's coverages this claim goes to: 1 primary, 2 secondary, 3 tertiary. */
    @Column(name = "coverage_order")
    public int coverageOrder = 1;

    /** The claim of the payer that decided before this one, null for the primary's claim. */
    @Column(name = "prior_claim_id")
    public String priorClaimId;

    /** What this claim's payer decided ({@code PayerDecision} JSON), for the next payer's claim; null until posted. */
    @Column(name = "payer_decision")
    public String payerDecision;

    @Column(name = "interchange_control_number")
    public String interchangeControlNumber;

    /** The interchange this claim last went out in, which keeps its X12 once for all its claims. */
    @Column(name = "interchange_id")
    public String interchangeId;

    /** The X12 of a claim sent before interchanges were kept on their own; null for later claims. */
    public String x12;

    /** The clearinghouse's 999 and 277CA for the last submission, as received. */
    @Column(name = "ack_999")
    public String ack999;

    @Column(name = "ack_277ca")
    public String ack277ca;

    /** What the scrubber found the last time it ran (JSON list of findings), null when clean. */
    @Column(name = "scrub_findings")
    public String scrubFindings;

    /** CLP07 of the payer's decision: what a replacement or void claim names in REF*F8. */
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;

    /** The claim this one replaces or voids (frequency 7 or 8), null for an original. */
    @Column(name = "replaces_claim_id")
    public String replacesClaimId;

    /** The payer's denial (JSON: group codes, CARCs, RARCs, remittance), null unless denied. */
    public String denial;

    /** Date of service plus the payer's timely-filing days: the claim must be accepted by then. */
    @Column(name = "timely_filing_deadline")
    public LocalDate timelyFilingDeadline;

    /** The last day to appeal a denial. */
    @Column(name = "appeal_deadline")
    public LocalDate appealDeadline;

    /** The event the claim was built from, carried onto the events it causes later (batched sends). */
    @Column(name = "correlation_id")
    public String correlationId;

    @Column(name = "causation_id")
    public String causationId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** When the payer was last asked about the claim (276), and what it said (277 STC01, e.g. P1:20). */
    @Column(name = "status_checked_at")
    public OffsetDateTime statusCheckedAt;

    @Column(name = "payer_status")
    public String payerStatus;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    public List<ClaimLineEntity> lines = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL)
    @OrderBy("at")
    public List<ClaimStatusEntry> history = new ArrayList<>();

    public void moveTo(ClaimStatus next, String detail) {
        status = next;
        ClaimStatusEntry entry = new ClaimStatusEntry();
        entry.claim = this;
        entry.status = next.name();
        entry.detail = detail;
        entry.at = OffsetDateTime.now();
        history.add(entry);
    }
}

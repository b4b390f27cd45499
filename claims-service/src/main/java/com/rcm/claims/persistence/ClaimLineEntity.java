package com.rcm.claims.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** One service line of a claim; its line control number comes back in the 835's REF*6R. */
@Entity
@Table(name = "claim_line")
public class ClaimLineEntity {
    @Id
    public String id;

    @ManyToOne
    @JoinColumn(name = "claim_id")
    public ClaimEntity claim;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "line_number")
    public int lineNumber;

    public String code;

    /** Comma-separated, in billed order. */
    public String modifiers;

    public int units;

    /** Comma-separated 1-based diagnosis pointers. */
    @Column(name = "diagnosis_pointers")
    public String diagnosisPointers;

    @Column(name = "charge_cents")
    public long chargeCents;

    @Column(name = "line_control_number")
    public String lineControlNumber;
}

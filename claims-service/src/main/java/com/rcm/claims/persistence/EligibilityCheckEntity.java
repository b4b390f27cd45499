package com.rcm.claims.persistence;

import com.rcm.x12.eligibility.EligibilityResponse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** One eligibility answer (271) as the payer gave it, with the 270 that asked and the 271 itself. */
@Entity
@Table(name = "eligibility_check")
public class EligibilityCheckEntity {
    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "patient_id")
    public String patientId;

    @Column(name = "payer_id")
    public String payerId;

    @Column(name = "member_id")
    public String memberId;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "date_of_service")
    public LocalDate dateOfService;

    @Enumerated(EnumType.STRING)
    public EligibilityResponse.Status status;

    @Column(name = "plan_name")
    public String planName;

    @Column(name = "copay_cents")
    public Long copayCents;

    @Column(name = "coinsurance_percent")
    public Integer coinsurancePercent;

    @Column(name = "deductible_cents")
    public Long deductibleCents;

    @Column(name = "deductible_remaining_cents")
    public Long deductibleRemainingCents;

    @Column(name = "in_network")
    public Boolean inNetwork;

    @Column(name = "reject_reason")
    public String rejectReason;

    @Column(name = "trace_number")
    public String traceNumber;

    @Column(name = "request_x12")
    public String requestX12;

    @Column(name = "response_x12")
    public String responseX12;

    @Column(name = "checked_at")
    public OffsetDateTime checkedAt;
}

package com.rcm.patientbilling.service;

import com.rcm.patientbilling.domain.ArAging;
import com.rcm.patientbilling.domain.OpenCharges;
import com.rcm.patientbilling.persistence.GuarantorEntity;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A guarantor and every account they answer for, with each account's balance and open charges, as read now. */
public record GuarantorBook(GuarantorEntity guarantor, List<AccountBook> accounts) {

    public record AccountBook(PatientAccountEntity account, long balanceCents, OpenCharges.Result charges) {}

    /** One open charge and the account it is on. */
    public record OpenItem(PatientAccountEntity account, OpenCharges.Open charge) {}

    public long balanceCents() {
        return accounts.stream().mapToLong(AccountBook::balanceCents).sum();
    }

    /** Open charges across every account, oldest first: the order a payment settles them in. */
    public List<OpenItem> openOldestFirst() {
        List<OpenItem> items = new ArrayList<>();
        for (AccountBook book : accounts) {
            book.charges().open().forEach(open -> items.add(new OpenItem(book.account(), open)));
        }
        items.sort(Comparator.comparing((OpenItem i) -> i.charge().chargedOn())
                .thenComparingLong(i -> i.charge().sequence()));
        return items;
    }

    public List<String> openEncounters() {
        return openOldestFirst().stream()
                .map(i -> i.charge().encounterId())
                .filter(e -> e != null)
                .distinct()
                .toList();
    }

    public List<String> accountIds() {
        return accounts.stream().map(b -> b.account().id).toList();
    }

    public Map<String, Long> aging(LocalDate asOf) {
        Map<String, Long> total = ArAging.empty();
        accounts.forEach(b -> ArAging.of(b.charges(), asOf).forEach((bucket, c) -> total.merge(bucket, c, Long::sum)));
        return total;
    }

    /** The guarantor's own patient account, when the guarantor is also a patient of the practice. */
    public PatientAccountEntity ownAccount() {
        return accounts.stream()
                .map(AccountBook::account)
                .filter(a -> a.patientId.equals(guarantor.guarantorKey))
                .findFirst()
                .orElse(null);
    }

    /** The patient id a statement event names: the guarantor's own, else the first patient billed. */
    public String patientIdForEvents() {
        PatientAccountEntity own = ownAccount();
        if (own != null || accounts.isEmpty()) {
            return guarantor.guarantorKey;
        }
        return accounts.get(0).account().patientId;
    }
}

package com.rcm.coding.edits;

import com.rcm.coding.domain.EditFinding;
import com.rcm.coding.rules.CodingRules;
import com.rcm.coding.rules.MueLimit;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.events.payload.ServiceLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Units against the practice's MUE limits in force: per line (indicator 1) or per day across lines (2, 3). */
@ApplicationScoped
public class MueEdits implements CodingEdit {
    private final CodingRules rules;

    public MueEdits(CodingRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(EncounterSubmitted encounter, List<EditFinding> findings) {
        List<ServiceLine> services = encounter.services();
        Map<String, MueLimit> limits;
        try {
            limits = rules.mueLimits(
                    services.stream()
                            .map(ServiceLine::code)
                            .filter(CodeShapes::procedure)
                            .collect(Collectors.toSet()),
                    encounter.dateOfService());
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the MUE limits", e);
        }
        Map<String, Integer> dayTotals = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceLine line = services.get(i);
            MueLimit limit = limits.get(line.code());
            if (limit == null || line.units() == null) {
                continue;
            }
            if (limit.perLine()) {
                if (line.units() > limit.maxUnits()) {
                    findings.add(EditRule.MUE_UNITS.finding(
                            "services[" + i + "].units",
                            line.units() + " units of " + line.code() + " exceed the MUE of " + limit.maxUnits()
                                    + " per line"));
                }
            } else {
                dayTotals.merge(line.code(), line.units(), Integer::sum);
                firstLine.putIfAbsent(line.code(), i);
            }
        }
        dayTotals.forEach((code, units) -> {
            MueLimit limit = limits.get(code);
            if (units > limit.maxUnits()) {
                findings.add(EditRule.MUE_UNITS.finding(
                        "services[" + firstLine.get(code) + "].units",
                        units
                                + " units of " + code + " on " + encounter.dateOfService() + " exceed the MUE of "
                                + limit.maxUnits() + " per day"
                                + (limit.rationale() == null ? "" : " (" + limit.rationale() + ")")));
            }
        });
    }
}

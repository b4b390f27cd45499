package com.rcm.coding.api;

import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shape checks of {@link EncounterRequest} for bodies that do not arrive as that JSON (FHIR Bundles,
 * partner events), so all three intakes name a bad field the same way.
 */
@ApplicationScoped
public class EncounterValidation {
    private final Validator validator;

    public EncounterValidation(Validator validator) {
        this.validator = validator;
    }

    public List<Problem.FieldError> errors(EncounterRequest request) {
        return validator.validate(request).stream()
                .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    /** A 400 problem naming each bad field, as for the JSON body. */
    public void require(EncounterRequest request) {
        List<Problem.FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            throw new ApiProblemException(400, "Bad Request", errors.size() + " field(s) are invalid", errors);
        }
    }

    public static String describe(List<Problem.FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }
}

package com.rcm.coding.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An encounter's payers: {@code coverage} (the only, primary one) or {@code coverages}, never both nor
 * neither; in {@code coverages} each entry has its order, no two share one, and one is the primary (1).
 * Each violation names the field it is about, like any other field check.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PayersInOrderValidator.class)
public @interface PayersInOrder {
    String message() default "the payers are not in order";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

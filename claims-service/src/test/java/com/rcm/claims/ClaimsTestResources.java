package com.rcm.claims;

import com.rcm.claims.support.ClearinghouseReceiverResource;
import com.rcm.testkit.KafkaTestResource;
import com.rcm.testkit.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The broker, database and clearinghouse endpoint every claims-service test class shares. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(
        value = KafkaTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "principal", value = "claims-service"))
@WithTestResource(
        value = PostgresTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "claims_test"))
@WithTestResource(value = ClearinghouseReceiverResource.class, scope = TestResourceScope.GLOBAL)
public @interface ClaimsTestResources {}

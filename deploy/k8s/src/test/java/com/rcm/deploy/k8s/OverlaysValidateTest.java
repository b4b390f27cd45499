package com.rcm.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every object each overlay renders is valid against its schema. */
class OverlaysValidateTest {
    private final ManifestValidator validator = new ManifestValidator();

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyRenderedObjectMatchesItsSchema(Overlay overlay) {
        Manifests manifests = overlay.render();
        assertTrue(
                manifests.objects().size() > 30,
                "suspiciously few objects: " + manifests.objects().size());
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : manifests.objects()) {
            validator.problems(object).forEach(p -> problems.add(ResourceId.of(object) + ": " + p));
        }
        assertEquals(List.of(), problems, overlay + " has objects that fail their schema");
    }
}

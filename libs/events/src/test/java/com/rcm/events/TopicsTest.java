package com.rcm.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The partner is read from the topic, so what counts as a partner's topic must be exact. */
class TopicsTest {

    @Test
    void aPartnersTopicNamesThePartner() {
        assertEquals("ehr.encounters.v1.ehr-partner-1", Topics.encountersOf("ehr-partner-1"));
        assertEquals(Optional.of("ehr-partner-1"), Topics.partnerOf("ehr.encounters.v1.ehr-partner-1"));
        assertTrue("ehr.encounters.v1.ehr-partner-2".matches(Topics.PARTNER_ENCOUNTERS_PATTERN));
    }

    @Test
    void deadLetterAndOtherTopicsAreNoPartnersTopic() {
        for (String topic : new String[] {
            "ehr.encounters.v1",
            "ehr.encounters.v1.dlq",
            "ehr.encounters.v1.a.dlq",
            "ehr.encounters.v1.",
            "ehr-encounters-v1-x",
            "coding.events.v1",
            "ehr.encounters.v2.ehr-partner-1"
        }) {
            assertEquals(Optional.empty(), Topics.partnerOf(topic), topic);
            assertFalse(topic.matches(Topics.PARTNER_ENCOUNTERS_PATTERN), topic);
        }
        assertThrows(IllegalArgumentException.class, () -> Topics.encountersOf("dlq"));
        assertThrows(IllegalArgumentException.class, () -> Topics.encountersOf("a.b"));
    }

    @Test
    void everyPartnerTopicDeadLettersToOneTopicPartnersCannotRead() {
        assertEquals("ehr.encounters.v1.dlq", Topics.deadLetterTopicOf("ehr.encounters.v1.ehr-partner-1"));
        assertEquals("ehr.encounters.v1.dlq", Topics.deadLetterTopicOf("ehr.encounters.v1.ehr-partner-2"));
        assertEquals("claims.events.v1.dlq", Topics.deadLetterTopicOf("claims.events.v1"));
    }
}

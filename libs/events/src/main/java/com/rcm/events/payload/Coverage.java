package com.rcm.events.payload;

public record Coverage(String payerId, String memberId, String groupNumber, String relationshipToSubscriber) {
}

package com.rcm.events.payload;

public record Address(String line1, String line2, String city, String state, String postalCode) {}

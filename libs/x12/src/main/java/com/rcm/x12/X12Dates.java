package com.rcm.x12;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** D8 (CCYYMMDD), RD8 (CCYYMMDD-CCYYMMDD), the ISA's six-digit date and HHMM times. */
public final class X12Dates {

    public static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private X12Dates() {}

    public static String d8(LocalDate date) {
        return date.format(D8);
    }

    public static String isaDate(LocalDate date) {
        return date.format(ISA_DATE);
    }

    public static String hhmm(LocalTime time) {
        return time.format(HHMM);
    }

    /** Reads a D8 date, or the first date of an RD8 range; null when empty or not a date. */
    public static LocalDate parseD8(String value) {
        if (X12Text.isBlank(value)) {
            return null;
        }
        String first = value.strip();
        int dash = first.indexOf('-');
        if (dash > 0) {
            first = first.substring(0, dash);
        }
        if (!first.matches("\\d{8}")) {
            return null;
        }
        try {
            return LocalDate.parse(first, D8);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** HHMM, HHMMSS or HHMMSSDD; only hours and minutes are kept. Midnight when unreadable. */
    public static LocalTime parseTime(String value) {
        if (value == null || !value.matches("\\d{4,8}")) {
            return LocalTime.MIDNIGHT;
        }
        int hours = Integer.parseInt(value.substring(0, 2));
        int minutes = Integer.parseInt(value.substring(2, 4));
        return hours < 24 && minutes < 60 ? LocalTime.of(hours, minutes) : LocalTime.MIDNIGHT;
    }
}

package com.rcm.coding.codeset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * One ICD-10-CM version held in memory for coders' searches: codes sorted for prefix lookups and an
 * inverted index from description words to codes. A search is a few array scans, well under a
 * millisecond on the full 75,000-code set, where a database ranking query would take tens.
 */
public final class Icd10Index {
    private final String[] codes;
    private final boolean[] billable;
    private final String[] shortDescriptions;
    private final String[] descriptions;
    private final Map<String, Integer> byCode = new HashMap<>();
    /** Word → indexes of the codes whose description holds it, ascending. */
    private final TreeMap<String, int[]> postings = new TreeMap<>();

    public Icd10Index(List<Icd10cmOrderLine> lines) {
        List<Icd10cmOrderLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(Icd10cmOrderLine::code));
        int n = sorted.size();
        codes = new String[n];
        billable = new boolean[n];
        shortDescriptions = new String[n];
        descriptions = new String[n];
        Map<String, List<Integer>> words = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Icd10cmOrderLine line = sorted.get(i);
            codes[i] = line.code();
            billable[i] = line.billable();
            shortDescriptions[i] = line.shortDescription();
            descriptions[i] = line.longDescription();
            byCode.put(line.code(), i);
            for (String word : words(line.longDescription())) {
                List<Integer> list = words.computeIfAbsent(word, w -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
        words.forEach((word, list) ->
                postings.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    public int size() {
        return codes.length;
    }

    /** The code (with or without its dot) in this version, if it exists. */
    public Icd10Code find(String code) {
        Integer i = byCode.get(Icd10cmOrderFile.withoutDot(code));
        return i == null ? null : code(i);
    }

    /**
     * Codes matching {@code query}, best first. A query that looks like a code is a code-prefix search
     * (exact code first, then shorter codes); otherwise every word must occur in the description, the
     * last one as a prefix so results follow typing. Among word matches billable codes come before
     * headers, then descriptions that start with the first word, then shorter (less specific) ones.
     */
    public List<Icd10Code> search(String query, int limit) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return List.of();
        }
        String asCode = Icd10cmOrderFile.withoutDot(q);
        if (asCode.matches("[A-Z][0-9][0-9A-Z]{0,5}")) {
            return byCodePrefix(asCode, limit);
        }
        return byWords(words(q), limit);
    }

    private List<Icd10Code> byCodePrefix(String prefix, int limit) {
        int from = lowerBound(prefix);
        List<Icd10Code> results = new ArrayList<>();
        // Sorted order already puts the exact code first, then its children, shortest branches first.
        for (int i = from; i < codes.length && codes[i].startsWith(prefix) && results.size() < limit; i++) {
            results.add(code(i));
        }
        return results;
    }

    private List<Icd10Code> byWords(List<String> words, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        int[] matches = null;
        for (int w = 0; w < words.size(); w++) {
            boolean last = w == words.size() - 1;
            int[] forWord = last ? prefixPostings(words.get(w)) : postings.getOrDefault(words.get(w), new int[0]);
            matches = matches == null ? forWord : intersect(matches, forWord);
            if (matches.length == 0) {
                return List.of();
            }
        }
        String first = words.get(0);
        PriorityQueue<Scored> best = new PriorityQueue<>(Comparator.comparingLong(Scored::score));
        for (int i : matches) {
            long score = score(i, first);
            if (best.size() < limit) {
                best.add(new Scored(i, score));
            } else if (score > best.peek().score()) {
                best.poll();
                best.add(new Scored(i, score));
            }
        }
        List<Scored> ranked = new ArrayList<>(best);
        ranked.sort(Comparator.comparingLong(Scored::score).reversed().thenComparing(s -> codes[s.index()]));
        return ranked.stream().map(s -> code(s.index())).toList();
    }

    private long score(int i, String firstWord) {
        long score = 0;
        if (billable[i]) {
            score += 2_000_000;
        }
        if (descriptions[i].toLowerCase(Locale.ROOT).startsWith(firstWord)) {
            score += 1_000_000;
        }
        return score - descriptions[i].length() * 100L - codes[i].length();
    }

    private int[] prefixPostings(String prefix) {
        var range = postings.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
        if (range.size() == 1) {
            return range.values().iterator().next();
        }
        int total = 0;
        for (int[] p : range.values()) {
            total += p.length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] p : range.values()) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        Arrays.sort(all);
        return distinct(all);
    }

    private int lowerBound(String prefix) {
        int i = Arrays.binarySearch(codes, prefix);
        return i >= 0 ? i : -i - 1;
    }

    private Icd10Code code(int i) {
        return new Icd10Code(Icd10cmOrderFile.withDot(codes[i]), billable[i], shortDescriptions[i], descriptions[i]);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] distinct(int[] sorted) {
        if (sorted.length == 0) {
            return sorted;
        }
        int n = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    private record Scored(int index, long score) {}
}

package com.rcm.deploy.k8s;

/** A kustomization uses something {@link KustomizeRenderer} does not implement: refused, never ignored. */
final class UnsupportedKustomizeFeature extends RuntimeException {
    UnsupportedKustomizeFeature(String what) {
        super("not supported by the test's kustomize renderer: " + what
                + " (implement it in KustomizeRenderer, with a test, before using it)");
    }
}

package com.rcm.deploy.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the checkout; Maven runs the tests with deploy/k8s as the working directory. */
final class Repository {
    static final Path K8S = Path.of("").toAbsolutePath();
    static final Path ROOT = K8S.getParent().getParent();

    static {
        if (!Files.isRegularFile(ROOT.resolve("deploy/local/lib/services.sh"))) {
            throw new IllegalStateException("run from deploy/k8s (found " + K8S + ")");
        }
    }

    private Repository() {}

    static Path overlay(String name) {
        return K8S.resolve("overlays").resolve(name);
    }
}

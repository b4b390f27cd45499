package com.rcm.deploy.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The overlays and what each promises: its topics' partitions, and whether the simulator runs. */
enum Overlay {
    DEV("dev", 3, true),
    PROD("prod", 12, false);

    final String directory;
    final int partitions;
    final boolean withSimulator;

    Overlay(String directory, int partitions, boolean withSimulator) {
        this.directory = directory;
        this.partitions = partitions;
        this.withSimulator = withSimulator;
    }

    Manifests render() {
        List<ObjectNode> objects = new KustomizeRenderer().render(Repository.overlay(directory));
        return new Manifests(objects);
    }
}

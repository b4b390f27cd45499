package com.rcm.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, limited to the fields these
 * manifests use: resources (files and directories), configMapGenerator and secretGenerator (without
 * name hashes), patches (strategic merge, by kind and name or by a kind target), namespace, labels
 * and images, applied in kustomize's order (generators, patches, namespace, labels, images). Every
 * other field, and every option of these fields it does not implement, is refused.
 */
final class KustomizeRenderer {
    private static final Set<String> FIELDS = Set.of(
            "apiVersion",
            "kind",
            "resources",
            "namespace",
            "labels",
            "images",
            "patches",
            "configMapGenerator",
            "secretGenerator",
            "generatorOptions");
    private static final Set<String> GENERATOR_FIELDS = Set.of("name", "files", "literals", "type");
    private static final Set<String> PATCH_FIELDS = Set.of("path", "target");
    private static final Set<String> TARGET_FIELDS = Set.of("kind", "name");
    private static final Set<String> LABEL_FIELDS = Set.of("pairs", "includeSelectors", "includeTemplates");
    private static final Set<String> IMAGE_FIELDS = Set.of("name", "newName", "newTag");
    /** Kinds whose pod template kustomize's labels (includeTemplates) and images transformers reach. */
    private static final Set<String> POD_TEMPLATE_KINDS = Set.of("Deployment");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    List<ObjectNode> render(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        ObjectNode kustomization = YamlFiles.readOne(kustomizationFile(root));
        checkFields(kustomization, FIELDS, "kustomization " + root);
        if (!"kustomize.config.k8s.io/v1beta1"
                        .equals(kustomization.path("apiVersion").asText())
                || !"Kustomization".equals(kustomization.path("kind").asText())) {
            throw new UnsupportedKustomizeFeature(
                    root + ": only apiVersion kustomize.config.k8s.io/v1beta1, kind Kustomization");
        }
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            resources.addAll(loadResource(root, entry.asText()));
        }
        resources.addAll(generate(root, kustomization));
        requireUniqueIds(resources, root);
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(root, patch, resources);
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            resources.forEach(r -> ((ObjectNode) r.get("metadata")).put("namespace", namespace));
        }
        for (JsonNode labels : kustomization.path("labels")) {
            applyLabels(labels, resources);
        }
        for (JsonNode image : kustomization.path("images")) {
            applyImage(image, resources);
        }
        requireUniqueIds(resources, root);
        return resources;
    }

    private static Path kustomizationFile(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + directory);
        }
        return file;
    }

    private List<ObjectNode> loadResource(Path root, String entry) {
        if (entry.contains("://") || entry.startsWith("github.com")) {
            throw new UnsupportedKustomizeFeature("remote resource " + entry);
        }
        Path path = root.resolve(entry).normalize();
        if (Files.isDirectory(path)) {
            return render(path); // a base: directories may lie outside the root, as in kustomize
        }
        return YamlFiles.readAll(insideRoot(root, entry));
    }

    /** Kustomize's default load restrictor: files are read only from inside the kustomization's folder. */
    private static Path insideRoot(Path root, String entry) {
        Path path = root.resolve(entry).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException(entry + " is outside " + root + " (kustomize refuses to read it)");
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(entry + " does not exist in " + root);
        }
        return path;
    }

    private static List<ObjectNode> generate(Path root, ObjectNode kustomization) {
        boolean hasGenerators = kustomization.has("configMapGenerator") || kustomization.has("secretGenerator");
        JsonNode options = kustomization.path("generatorOptions");
        if (options.isObject()) {
            checkFields((ObjectNode) options, Set.of("disableNameSuffixHash"), "generatorOptions");
        }
        if (hasGenerators && !options.path("disableNameSuffixHash").asBoolean(false)) {
            throw new UnsupportedKustomizeFeature("generated names with a content hash (and renaming references to "
                    + "them); set generatorOptions.disableNameSuffixHash: true");
        }
        List<ObjectNode> generated = new ArrayList<>();
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            checkFields((ObjectNode) generator, Set.of("name", "files", "literals"), "configMapGenerator");
            ObjectNode configMap =
                    emptyObject("v1", "ConfigMap", generator.path("name").asText());
            ObjectNode data = configMap.putObject("data");
            entries(root, generator).forEach((key, bytes) -> data.put(key, utf8(bytes, key)));
            generated.add(configMap);
        }
        for (JsonNode generator : kustomization.path("secretGenerator")) {
            checkFields((ObjectNode) generator, GENERATOR_FIELDS, "secretGenerator");
            ObjectNode secret =
                    emptyObject("v1", "Secret", generator.path("name").asText());
            secret.put("type", generator.path("type").asText("Opaque"));
            ObjectNode data = secret.putObject("data");
            entries(root, generator)
                    .forEach((key, bytes) -> data.put(key, Base64.getEncoder().encodeToString(bytes)));
            generated.add(secret);
        }
        return generated;
    }

    private static Map<String, byte[]> entries(Path root, JsonNode generator) {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (JsonNode literal : generator.path("literals")) {
            String text = literal.asText();
            int equals = text.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("literal without KEY=VALUE: " + text);
            }
            putOnce(
                    entries,
                    text.substring(0, equals),
                    text.substring(equals + 1).getBytes(StandardCharsets.UTF_8));
        }
        for (JsonNode file : generator.path("files")) {
            String text = file.asText();
            int equals = text.indexOf('=');
            String relative = equals > 0 ? text.substring(equals + 1) : text;
            Path path = insideRoot(root, relative);
            String key =
                    equals > 0 ? text.substring(0, equals) : path.getFileName().toString();
            try {
                putOnce(entries, key, Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    private static void putOnce(Map<String, byte[]> entries, String key, byte[] value) {
        if (entries.put(key, value) != null) {
            throw new IllegalArgumentException("key " + key + " generated twice");
        }
    }

    /** ConfigMap data holds text; kustomize moves anything else to binaryData, which is not implemented. */
    private static String utf8(byte[] bytes, String key) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnsupportedKustomizeFeature("binaryData (" + key + " is not UTF-8 text)");
        }
    }

    private static ObjectNode emptyObject(String apiVersion, String kind, String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a generator without a name");
        }
        ObjectNode object = JSON.objectNode();
        object.put("apiVersion", apiVersion);
        object.put("kind", kind);
        object.putObject("metadata").put("name", name);
        return object;
    }

    private static void applyPatch(Path root, JsonNode entry, List<ObjectNode> resources) {
        checkFields((ObjectNode) entry, PATCH_FIELDS, "patches entry");
        if (!entry.has("path")) {
            throw new UnsupportedKustomizeFeature("inline patches (use path)");
        }
        String file = entry.get("path").asText();
        ObjectNode patch = YamlFiles.readOne(insideRoot(root, file));
        List<ObjectNode> targets = new ArrayList<>();
        if (entry.has("target")) {
            JsonNode target = entry.get("target");
            checkFields((ObjectNode) target, TARGET_FIELDS, "patch target");
            for (ObjectNode resource : resources) {
                ResourceId id = ResourceId.of(resource);
                if (id.kind().equals(target.path("kind").asText())
                        && (!target.has("name")
                                || id.name().equals(target.get("name").asText()))) {
                    targets.add(resource);
                }
            }
            // With a target, the patch's own name is only a label: kustomize patches every match.
            ((ObjectNode) patch.path("metadata")).remove("name");
        } else {
            ResourceId wanted = ResourceId.of(patch);
            for (ObjectNode resource : resources) {
                ResourceId id = ResourceId.of(resource);
                if (id.group().equals(wanted.group())
                        && id.kind().equals(wanted.kind())
                        && id.name().equals(wanted.name())) {
                    targets.add(resource);
                }
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("patch " + file + " matches no resource");
        }
        for (ObjectNode target : targets) {
            if (!target.path("apiVersion").equals(patch.path("apiVersion"))
                    || !target.path("kind").equals(patch.path("kind"))) {
                throw new IllegalArgumentException(
                        "patch " + file + " is a " + patch.path("apiVersion").asText() + " "
                                + patch.path("kind").asText() + " but targets " + ResourceId.of(target));
            }
            ObjectNode body = patch.deepCopy();
            body.remove("apiVersion");
            body.remove("kind");
            StrategicMerge.apply(target, body);
        }
    }

    private static void applyLabels(JsonNode entry, List<ObjectNode> resources) {
        checkFields((ObjectNode) entry, LABEL_FIELDS, "labels entry");
        if (entry.path("includeSelectors").asBoolean(false)) {
            throw new UnsupportedKustomizeFeature(
                    "labels.includeSelectors: true (selectors are immutable; keep them stable)");
        }
        boolean templates = entry.path("includeTemplates").asBoolean(false);
        for (ObjectNode resource : resources) {
            addLabels(resource.withObjectProperty("metadata"), entry.path("pairs"));
            if (templates && POD_TEMPLATE_KINDS.contains(resource.path("kind").asText())) {
                addLabels(
                        resource.withObjectProperty("spec")
                                .withObjectProperty("template")
                                .withObjectProperty("metadata"),
                        entry.path("pairs"));
            }
        }
    }

    private static void addLabels(ObjectNode metadata, JsonNode pairs) {
        ObjectNode labels = metadata.withObjectProperty("labels");
        pairs.fields()
                .forEachRemaining(
                        pair -> labels.put(pair.getKey(), pair.getValue().asText()));
    }

    private static void applyImage(JsonNode entry, List<ObjectNode> resources) {
        checkFields((ObjectNode) entry, IMAGE_FIELDS, "images entry");
        String name = entry.path("name").asText();
        for (ObjectNode resource : resources) {
            for (String podSpecPath : List.of("/spec", "/spec/template/spec")) {
                JsonNode podSpec = resource.at(podSpecPath);
                for (String list : List.of("containers", "initContainers")) {
                    for (JsonNode container : podSpec.path(list)) {
                        retag((ObjectNode) container, name, entry);
                    }
                }
            }
        }
    }

    private static void retag(ObjectNode container, String name, JsonNode entry) {
        String image = container.path("image").asText();
        if (image.contains("@")) {
            throw new UnsupportedKustomizeFeature("image digests (" + image + ")");
        }
        int colon = image.lastIndexOf(':');
        boolean tagged = colon > image.lastIndexOf('/');
        String imageName = tagged ? image.substring(0, colon) : image;
        if (!imageName.equals(name)) {
            return;
        }
        String tag = entry.has("newTag") ? entry.get("newTag").asText() : (tagged ? image.substring(colon + 1) : null);
        String newName = entry.path("newName").asText(imageName);
        container.put("image", tag == null ? newName : newName + ":" + tag);
    }

    private static void requireUniqueIds(List<ObjectNode> resources, Path root) {
        Set<ResourceId> seen = new HashSet<>();
        for (ObjectNode resource : resources) {
            if (!resource.path("metadata").isObject()) {
                throw new IllegalArgumentException(root + ": a resource without metadata: " + resource);
            }
            if (!seen.add(ResourceId.of(resource))) {
                throw new IllegalArgumentException(root + ": " + ResourceId.of(resource) + " is defined twice");
            }
        }
    }

    private static void checkFields(ObjectNode node, Set<String> supported, String where) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!supported.contains(name)) {
                throw new UnsupportedKustomizeFeature("field '" + name + "' in " + where);
            }
        }
    }
}

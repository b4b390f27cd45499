package com.rcm.payments.intake;

import com.rcm.payments.service.RemittanceIntake;
import com.rcm.payments.service.RemittancePosting;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A watched folder where 835 files are dropped (by an SFTP mailbox, or by hand). Each file is posted
 * like a clearinghouse delivery, to the practice of its payee NPI (or queued for ops when no practice
 * owns it), then moved to {@code done/}; a file
 * that cannot be posted moves to {@code failed/} with a {@code .error.txt} beside it saying why. Files
 * whose name starts with a dot or ends with {@code .part} are still being written and are left alone.
 */
@ApplicationScoped
public class DropFolder {
    private static final Logger LOG = Logger.getLogger(DropFolder.class);

    private final RemittanceIntake intake;
    private final Optional<Path> folder;

    public DropFolder(RemittanceIntake intake, @ConfigProperty(name = "payments.drop-folder") Optional<Path> folder) {
        this.intake = intake;
        this.folder = folder;
    }

    @Scheduled(
            identity = "payments-drop-folder",
            every = "${payments.drop-folder-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() throws IOException {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder.get())) {
            files = listing.filter(Files::isRegularFile)
                    .filter(DropFolder::complete)
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            take(file);
        }
    }

    private void take(Path file) throws IOException {
        String name = file.getFileName().toString();
        try {
            RemittanceIntake.Delivery delivery = intake.deliver(
                    Files.readString(file, StandardCharsets.ISO_8859_1), RemittanceIntake.CHANNEL_DROP_FOLDER);
            // A file queued for ops is kept in their queue whole: the folder is done with it either way.
            move(file, "done");
            if (delivery instanceof RemittanceIntake.Delivery.QueuedForOps queued) {
                LOG.warnf(
                        "drop folder: %s queued for ops as unroutable %s: %s",
                        name, queued.unroutableId(), queued.reason());
                return;
            }
            List<RemittancePosting.Result> results = ((RemittanceIntake.Delivery.Posted) delivery).results();
            LOG.infof(
                    "drop folder: %s posted as %d payment(s), %d duplicate(s)",
                    name,
                    results.size(),
                    results.stream().filter(RemittancePosting.Result::duplicate).count());
        } catch (RuntimeException e) {
            Path failed = move(file, "failed");
            Files.writeString(failed.resolveSibling(failed.getFileName() + ".error.txt"), reason(e) + "\n");
            LOG.warnf("drop folder: %s not posted: %s", name, e.getMessage());
        }
    }

    /** The message, and for a refused 835 each place it broke. */
    private static String reason(RuntimeException e) {
        if (e instanceof ApiProblemException problem) {
            Problem p = problem.toProblem();
            return p.title() + ": " + p.detail()
                    + p.errors().stream().map(error -> "\n" + error.message()).reduce("", String::concat);
        }
        return e.toString();
    }

    private Path move(Path file, String subfolder) throws IOException {
        Path target = file.resolveSibling(subfolder);
        Files.createDirectories(target);
        // A timestamp keeps a file of the same name dropped again from overwriting the first.
        return Files.move(
                file,
                target.resolve(Instant.now().toEpochMilli() + "-" + file.getFileName()),
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean complete(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".part");
    }
}

package org.doudi.web.internal;

import static org.doudi.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.doudi.exchange.FeedImports;
import org.doudi.exchange.FeedType;
import org.doudi.exchange.ImportMode;
import org.doudi.registry.IdNumber;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.ActorPrincipal;
import org.doudi.shared.security.Role;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The background imports of the pages with the real import behind them: run as whoever uploaded (even once they
 * have signed out), seen only by them, deleting the file they were handed, forgotten once old.
 */
@DoudiTest
class FeedUploadsTest {

    static final Actor QINGSHAN = new Actor("qingshan.county", "990121000000", Set.of(Role.COUNTY_OFFICER));
    static final Actor HEKOU = new Actor("hekou.county", "990122000000", Set.of(Role.COUNTY_OFFICER));

    @Autowired
    FeedUploads uploads;

    @Autowired
    FeedImports imports;

    @Test
    void anUploadIsImportedAsItsUploaderSeenOnlyByThemAndForgottenOnceOld() throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String id = IdNumber.compose("990176", LocalDate.of(1931, 1, 1).plusDays(r.nextInt(30_000)), r.nextInt(1000))
                .value();
        Path file = Files.createTempFile("feed-uploads-test-", ".part");
        Files.writeString(file, "id_number,name,event,date\n" + id + ",冯某,DEATH,2026-05-01\n", StandardCharsets.UTF_8);

        var session = SecurityContextHolder.createEmptyContext();
        ActorPrincipal principal = () -> QINGSHAN;
        session.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, List.of()));
        SecurityContextHolder.setContext(session);
        String token;
        try {
            token = uploads.start(FeedType.DEATHS, ImportMode.REJECT_FILE, "may.csv", file);
        } finally {
            // the uploader signs out at once, which empties the session's context: the import goes on all the same
            session.setAuthentication(null);
            SecurityContextHolder.clearContext();
        }

        FeedUploads.State done = waitUntilFinished(token);
        assertThat(done.stage()).isEqualTo(FeedUploads.Stage.DONE);
        assertThat(done.overallPercent()).isEqualTo(100);
        assertThat(Files.exists(file)).as("the handed-over file is deleted").isFalse();
        var stored = as(QINGSHAN, () -> imports.get(done.importId()));
        assertThat(stored.importedBy()).isEqualTo("qingshan.county");
        assertThat(stored.regionCode()).isEqualTo("990121000000");
        assertThat(stored.imported()).isEqualTo(1);

        assertThat(as(HEKOU, () -> uploads.find(token))).as("someone else's upload").isEmpty();
        assertThat(uploads.find(token)).as("nobody signed in").isEmpty();
        uploads.forgetFinishedBefore(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(as(QINGSHAN, () -> uploads.find(token))).as("recent: kept").isPresent();
        uploads.forgetFinishedBefore(Instant.now().plus(FeedUploads.KEPT));
        assertThat(as(QINGSHAN, () -> uploads.find(token))).as("old: forgotten").isEmpty();
    }

    @Test
    void anUploadUnderWayIsListedForItsUploaderOnlyUntilItIsOver() throws Exception {
        StringBuilder csv = new StringBuilder("id_number,name,event,date\n");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 50_000; i++) {
            csv.append(IdNumber.compose("990176", LocalDate.of(1931, 1, 1).plusDays(r.nextInt(30_000)),
                    r.nextInt(1000)).value()).append(",褚某,").append(i == 0 ? "BURIAL" : "DEATH").append(",2026-05-01\n");
        }
        Path file = Files.createTempFile("feed-uploads-test-", ".part");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        String token = as(QINGSHAN, () -> uploads.start(FeedType.DEATHS, ImportMode.REJECT_FILE, "big.csv", file));
        // fifty thousand rows take a while to check: the upload has only just begun
        assertThat(as(QINGSHAN, uploads::underWay)).extracting(FeedUploads.State::token).contains(token);
        assertThat(as(HEKOU, uploads::underWay)).extracting(FeedUploads.State::token).doesNotContain(token);

        FeedUploads.State done = waitUntilFinished(token);
        assertThat(done.stage()).isEqualTo(FeedUploads.Stage.DONE);
        assertThat(as(QINGSHAN, () -> imports.get(done.importId())).rejected()).isEqualTo(1);
        assertThat(as(QINGSHAN, uploads::underWay)).extracting(FeedUploads.State::token).doesNotContain(token);
    }

    private FeedUploads.State waitUntilFinished(String token) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            FeedUploads.State s = as(QINGSHAN, () -> uploads.find(token)).orElseThrow();
            if (s.stage().finished()) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the upload did not finish");
    }
}

package no.ks.ledergaloppen.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.ks.ledergaloppen.ServerTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two members of a leader group attach a file at the same moment, each in a transaction of their own. */
@ServerTest
class ParallelAttachmentTest {

    @Autowired
    AttachmentService attachments;
    @Autowired
    CohortFixture fixture;
    @Autowired
    TestLogin login;
    @Autowired
    TestClock clock;

    @Test
    void two_uploads_at_once_for_the_last_free_place_leave_exactly_five_files() throws Exception {
        CohortFixture.Built cohort = fixture.cohort("parallell", 1, List.of(clock.today().plusDays(14)));
        long id = fixture.assignment(cohort, "Legg ved fem deler av planen", clock.today().plusDays(13));
        String writer = cohort.participants().getFirst();
        login.as(writer);
        for (int i = 1; i <= 4; i++) {
            attachments.attach(id, "del" + i + ".pdf", new ByteArrayInputStream(pdf()));
        }
        login.logout();

        // both uploads are past every check that comes before reading the file when either is read
        CyclicBarrier bothReading = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = two.invokeAll(List.of(upload(id, writer, "del5.pdf", bothReading),
                    upload(id, writer, "del6.pdf", bothReading)), 30, TimeUnit.SECONDS);
            assertThat(results.stream().map(ParallelAttachmentTest::outcome))
                    .containsExactlyInAnyOrder("stored", "assignment.error.tooManyFiles");
        } finally {
            two.shutdownNow();
        }
        login.as(writer);
        assertThat(attachments.mine(id)).hasSize(FileRules.MAX_FILES);
        login.logout();
    }

    private Callable<String> upload(long assignmentId, String username, String fileName, CyclicBarrier bothReading) {
        return () -> {
            login.as(username);
            try {
                attachments.attach(assignmentId, fileName, new WaitForOther(pdf(), bothReading));
                return "stored";
            } catch (DomainException e) {
                return e.messageKey();
            } finally {
                login.logout();
            }
        };
    }

    private static String outcome(Future<String> result) {
        try {
            return result.get();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static byte[] pdf() {
        byte[] data = new byte[1024];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, data, 0, 9);
        return data;
    }

    /** A file whose first read waits until the other upload reads too. */
    private static final class WaitForOther extends ByteArrayInputStream {
        private final CyclicBarrier bothReading;
        private boolean waited;

        WaitForOther(byte[] data, CyclicBarrier bothReading) {
            super(data);
            this.bothReading = bothReading;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            await();
            return super.read(b, off, len);
        }

        @Override
        public synchronized int read() {
            await();
            return super.read();
        }

        @Override
        public synchronized byte[] readNBytes(int len) throws IOException {
            await();
            return super.readNBytes(len);
        }

        private void await() {
            if (!waited) {
                waited = true;
                try {
                    bothReading.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other upload never read its file", e);
                }
            }
        }
    }
}

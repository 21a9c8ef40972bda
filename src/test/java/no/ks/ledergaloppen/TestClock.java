package no.ks.ledergaloppen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import no.ks.ledergaloppen.base.AppClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The tests' clock behind the application's {@link AppClock}: stopped at {@link #START} (Monday 23 November
 * 2026, 09:00 in Oslo), so that every run sees the same days, the demo data included; a test may stop it at a
 * moment of its own ({@link #stopAt}) or move it on ({@link #advance}); it is back at the start after every test.
 */
public class TestClock extends Clock {

    public static final ZoneId OSLO = AppClock.OSLO;

    /** Where the clock stands when a test begins, and when the demo data of the test context is made. */
    public static final Instant START = LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(AppClock.OSLO)
            .toInstant();

    private volatile Instant stopped = START;

    /** Stops the clock at a moment; {@link #advance} moves it on. */
    public void stopAt(Instant moment) {
        stopped = moment;
    }

    /** Stops the clock at a time of day in Oslo. */
    public void stopAt(LocalDate day, LocalTime time) {
        stopAt(day.atTime(time).atZone(OSLO).toInstant());
    }

    public void advance(Duration duration) {
        stopped = instant().plus(duration);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), OSLO);
    }

    public void reset() {
        stopped = START;
    }

    @Override
    public Instant instant() {
        return stopped;
    }

    @Override
    public ZoneId getZone() {
        return OSLO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        @Primary
        AppClock testAppClock(TestClock testClock) {
            return new AppClock(testClock);
        }
    }

    /** Puts the clock back at the start after each test, so no test leaks its moment into the next. */
    public static class Reset implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
        }
    }
}

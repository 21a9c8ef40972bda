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
 * The tests' clock behind the application's {@link AppClock}: the real time until a test stops it at a
 * moment of its own ({@link #stopAt}); it runs on real time again after every test.
 */
public class TestClock extends Clock {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private volatile Instant stopped;

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

    public void runOnRealTime() {
        stopped = null;
    }

    @Override
    public Instant instant() {
        Instant s = stopped;
        return s != null ? s : Instant.now();
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

    /** Puts the clock back on real time after each test, so no test leaks its moment into the next. */
    public static class Reset implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBean(TestClock.class).runOnRealTime();
        }
    }
}

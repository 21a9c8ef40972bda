package no.ks.ledergaloppen.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A virtual user's HTTP side: one shared JDK client, the user's own cookie jar, every round trip timed and checked. */
final class UserHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private final Stats stats;
    private final Map<String, String> cookies = new HashMap<>();
    private String doing = "other";

    UserHttp(Stats stats) {
        this.stats = stats;
    }

    /** What the user is doing (login, open, tick…): the round trips that follow are counted under it too. */
    void doing(String action) {
        doing = action;
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws LoadError {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        long start = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new LoadError(built.method() + " " + built.uri().getRawQuery() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadError("interrupted");
        }
        stats.roundTrip(doing, System.nanoTime() - start);
        r.headers().allValues("Set-Cookie").forEach(this::keep);
        if (r.statusCode() >= 400) {
            throw new LoadError(built.method() + " " + built.uri().getPath() + "?" + built.uri().getRawQuery() + ": HTTP " + r.statusCode());
        }
        return r;
    }

    /** The value of a cookie the user holds, or null (e.g. HAProxy's SRV: the node the user sticks to). */
    String cookie(String name) {
        return cookies.get(name);
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

}

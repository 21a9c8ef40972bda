package no.ks.ledergaloppen.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One virtual user speaking Vaadin Flow's protocol as recorded from Chromium (src/test/resources/load/PROTOCOL.md):
 * its own cookie jar, one UI at a time (uiId, security key, syncId, clientId) and the node ids of the components
 * with an id, read from the responses' {@code changes}.
 */
final class VaadinUser {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String BROWSER = "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-tzo=-60"
            + "&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FOslo&v-td=false&v-pr=1&v-cs=light&v-pv=VISIBLE";

    private final String base;
    private final Stats stats;
    private final UserHttp http;
    private String formCsrf;
    private int uiId;
    private String key;
    private int syncId;
    private int clientId;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, Map<String, JsonNode>> props = new HashMap<>();
    private final List<String> hrefs = new ArrayList<>();
    private String nodeAtLogin = "";
    private Draft draft;

    /** The text a user typed last into an assignment's draft (a route), once the server has answered it. */
    record Draft(String route, String text) {
    }

    VaadinUser(String base, Stats stats) {
        this.base = base;
        this.stats = stats;
        this.http = new UserHttp(stats);
    }

    /** The login page (a UI of its own, as in a browser), then Spring Security's form login with the page's CSRF token. */
    void login(String username, String password) throws LoadError {
        http.doing("login");
        load("login");
        String form = "_csrf=" + enc(formCsrf) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error") || location.contains("/login")) {
            throw new LoadError("login " + username + " refused: " + r.statusCode() + " " + location);
        }
        nodeAtLogin = node();
        stats.did("login");
    }

    /** The node behind HAProxy the user sticks to now (its SRV cookie), "" when there is no HAProxy. */
    String node() {
        String srv = http.cookie("SRV");
        return srv == null ? "" : srv;
    }

    /** The node the user was on when they last logged in. */
    String nodeAtLogin() {
        return nodeAtLogin;
    }

    /** A page load: the document, Vaadin's init JSON ({@code ?v-r=init}), then the client's first {@code ui-navigate}. */
    void page(String route) throws LoadError {
        http.doing("open");
        load(route);
    }

    private void load(String route) throws LoadError {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(base + "/" + route)).GET());
        if (doc.statusCode() != 200) {
            throw new LoadError("GET /" + route + ": " + doc.statusCode());
        }
        Matcher m = CSRF_META.matcher(doc.body());
        formCsrf = m.find() ? m.group(1) : formCsrf;
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + enc(route)
                + "&query=" + BROWSER + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=load-" + hashCode())).GET());
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt(-1);
        key = uidl.path("Vaadin-Security-Key").asString(null);
        if (uiId < 0 || key == null) {
            throw new LoadError("init " + route + ": no v-uiId or Vaadin-Security-Key");
        }
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        ids.clear();
        props.clear();
        hrefs.clear();
        apply(uidl);
        go("/" + route, "");
    }

    /**
     * Following a router link: {@code ui-navigate} with trigger "link" (route without a leading slash), then the
     * message a browser sends right after the view is built (its components report their synchronised properties).
     * That second message matters for the heap: the UI keeps its last answer for a resend, and without it that is
     * the whole view's answer (100 KB and more for the dashboard), which a browser's session does not keep.
     */
    void navigate(String route, String trigger) throws LoadError {
        http.doing("open");
        go(route, trigger);
    }

    private void go(String route, String trigger) throws LoadError {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        uidl(event(1, "ui-navigate", data));
        uidl();
        stats.did("open");
    }

    void click(String id) throws LoadError {
        http.doing("click");
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 340).put("event.clientY", 190)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 285).put("event.screenX", 350);
        uidl(event(node(id), "click", data));
        stats.did("click");
    }

    /** A checkbox clicked: its {@code checked} property synced, then {@code checked-changed}. */
    void toggle(String id) throws LoadError {
        http.doing("tick");
        int node = node(id);
        boolean checked = !prop(id, "checked").asBoolean(false);
        props.computeIfAbsent(node, n -> new HashMap<>()).put("checked", JSON.getNodeFactory().booleanNode(checked));
        uidl(mSync(node, "checked", JSON.getNodeFactory().booleanNode(checked)),
                event(node, "checked-changed", JSON.createObjectNode()));
        stats.did(checked ? "tick" : "untick");
    }

    /** Typing into a text area (value synced, its {@code input} event), then leaving it ({@code blur}). */
    void type(String id, String text) throws LoadError {
        http.doing("draft");
        int node = node(id);
        uidl(mSync(node, "value", JSON.getNodeFactory().stringNode(text)),
                event(node, "input", JSON.createObjectNode().put("1", 1)));
        uidl(event(node, "blur", JSON.createObjectNode()));
        stats.did("draft");
    }

    /** Spring Security's logout (POST with the last page's CSRF token): the session and its UIs are gone. */
    void logout() throws LoadError {
        http.doing("logout");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(formCsrf))));
        if (r.statusCode() != 302) {
            throw new LoadError("logout: " + r.statusCode());
        }
    }

    Draft draft() {
        return draft;
    }

    void draft(Draft typed) {
        draft = typed;
    }

    boolean has(String id) {
        return ids.containsKey(id);
    }

    JsonNode prop(String id, String property) throws LoadError {
        return props.getOrDefault(node(id), Map.of()).getOrDefault(property, JSON.missingNode());
    }

    /** The ids of the components now shown that match, in the order they came. */
    List<String> idsMatching(String regex) {
        Pattern p = Pattern.compile(regex);
        return ids.entrySet().stream().filter(e -> p.matcher(e.getKey()).matches())
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).collect(Collectors.toList());
    }

    List<String> hrefs() {
        return hrefs;
    }

    private int node(String id) throws LoadError {
        Integer node = ids.get(id);
        if (node == null) {
            throw new LoadError("no component with id " + id + " on the page");
        }
        return node;
    }

    /** The status and the start of the last UIDL answer, for an error message. */
    String lastAnswer = "";

    private void uidl(ObjectNode... rpc) throws LoadError {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", key);
        ArrayNode calls = body.putArray("rpc");
        for (ObjectNode call : rpc) {
            calls.add(call);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        lastAnswer = r.statusCode() + " " + r.body().substring(0, Math.min(400, r.body().length()));
        if (r.statusCode() != 200 || !r.body().startsWith("{")) {
            throw new LoadError("uidl answered " + r.statusCode() + " " + r.headers().firstValue("Location").orElse("")
                    + " without Vaadin's JSON");
        }
        JsonNode json = JSON.readTree(r.body());
        JsonNode meta = json.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || json.has("resynchronize") || json.path("syncId").asInt() < 0) {
            throw new LoadError("uidl refused (" + meta + ") after " + (rpc.length == 0 ? "the follow-up sync"
                    : rpc[0].path("event").asString(rpc[0].path("type").asString())));
        }
        syncId = json.path("syncId").asInt();
        clientId = json.path("clientId").asInt(clientId + 1);
        apply(json);
    }

    private void apply(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            switch (change.path("type").asString("")) {
                case "put" -> put(node, change.path("key").asString(""), change.path("value"));
                case "detach" -> {
                    props.remove(node);
                    ids.values().removeIf(n -> n == node);
                }
                default -> { }
            }
        }
    }

    private void put(int node, String name, JsonNode value) {
        props.computeIfAbsent(node, n -> new HashMap<>()).put(name, value);
        if (name.equals("id") && value.isString()) {
            ids.put(value.asString(), node);
        } else if (name.equals("href") && value.isString()) {
            hrefs.add(value.asString());
        }
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode call = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        call.set("data", data);
        return call;
    }

    private static ObjectNode mSync(int node, String property, JsonNode value) {
        ObjectNode call = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property);
        call.set("value", value);
        return call;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}

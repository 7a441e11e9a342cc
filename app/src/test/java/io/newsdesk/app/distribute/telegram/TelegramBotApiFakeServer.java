package io.newsdesk.app.distribute.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake of the Telegram Bot API (https://core.telegram.org/bots/api) on 127.0.0.1, for the methods the channel
 * uses: sendMessage, sendPhoto, editMessageText, editMessageCaption, deleteMessage. It answers as Telegram
 * documents: {@code {"ok":true,"result":Message}} (or {@code true} for deleteMessage), and on errors
 * {@code {"ok":false,"error_code":N,"description":"..."}} with {@code parameters.retry_after} for 429. Like the
 * real API it checks the token (401 Unauthorized), the chat (400 chat not found), the HTML parse mode (only
 * the tags used here; 400 can't parse entities) and the length limits counted after entity parsing.
 */
final class TelegramBotApiFakeServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received: the method, its JSON parameters, and when it arrived. */
    record Call(String method, JsonNode params, long nanos) {
        String text() {
            return params.path(params.has("caption") ? "caption" : "text").asText();
        }
    }

    /** What the channel holds now: message id → text or caption. */
    final Map<Long, String> channel = new ConcurrentHashMap<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<int[]> statusScript = new ConcurrentLinkedDeque<>();
    private final Deque<String> bodyScript = new ConcurrentLinkedDeque<>();
    private final AtomicLong nextMessageId = new AtomicLong(100);
    private final String token;
    private final String chatId;
    private final HttpServer server;

    TelegramBotApiFakeServer(String token, String chatId) throws IOException {
        this.token = token;
        this.chatId = chatId;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange);
            } catch (RuntimeException e) {
                e.printStackTrace();
                throw e;
            }
        });
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next request is answered with Telegram's error body for {@code code} and {@code description}. */
    TelegramBotApiFakeServer failNext(int code, String description) {
        ObjectNode body = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        return scripted(code, body.toString());
    }

    /** The next request gets 429 with {@code parameters.retry_after}, as Telegram's flood control does. */
    TelegramBotApiFakeServer tooManyRequestsNext(int retryAfterSeconds) {
        ObjectNode body = JSON.createObjectNode().put("ok", false).put("error_code", 429)
                .put("description", "Too Many Requests: retry after " + retryAfterSeconds);
        body.putObject("parameters").put("retry_after", retryAfterSeconds);
        return scripted(429, body.toString());
    }

    private TelegramBotApiFakeServer scripted(int status, String body) {
        statusScript.add(new int[] {status});
        bodyScript.add(body);
        return this;
    }

    List<Call> calls(String method) {
        List<Call> out = new ArrayList<>();
        for (Call c : calls) if (c.method().equals(method)) out.add(c);
        return out;
    }

    List<Call> sends() {
        List<Call> out = new ArrayList<>();
        for (Call c : calls) if (c.method().equals("sendMessage") || c.method().equals("sendPhoto")) out.add(c);
        return out;
    }

    private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/(\\w+)$");

    private void handle(HttpExchange ex) throws IOException {
        Matcher m = PATH.matcher(ex.getRequestURI().getPath());
        byte[] body = ex.getRequestBody().readAllBytes();
        if (!m.matches()) {
            error(ex, 404, "Not Found");
            return;
        }
        JsonNode params = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        String method = m.group(2);
        calls.add(new Call(method, params, System.nanoTime()));
        int[] status = statusScript.poll();
        if (status != null) {
            respond(ex, status[0], bodyScript.poll());
            return;
        }
        if (!m.group(1).equals(token)) {
            error(ex, 401, "Unauthorized");
            return;
        }
        if (!chatId.equals(params.path("chat_id").asText())) {
            error(ex, 400, "Bad Request: chat not found");
            return;
        }
        switch (method) {
            case "sendMessage", "sendPhoto" -> {
                boolean photo = method.equals("sendPhoto");
                String html = params.path(photo ? "caption" : "text").asText();
                String problem = checkHtml(html, photo ? 1024 : 4096, photo);
                if (problem != null) {
                    error(ex, 400, problem);
                    return;
                }
                if (photo && !params.path("photo").asText().startsWith("http")) {
                    error(ex, 400, "Bad Request: wrong file identifier/HTTP URL specified");
                    return;
                }
                long id = nextMessageId.getAndIncrement();
                channel.put(id, html);
                ok(ex, message(id, photo ? "caption" : "text", html));
            }
            case "editMessageText", "editMessageCaption" -> {
                boolean caption = method.equals("editMessageCaption");
                long id = params.path("message_id").asLong();
                String html = params.path(caption ? "caption" : "text").asText();
                String problem = checkHtml(html, caption ? 1024 : 4096, caption);
                if (problem != null) {
                    error(ex, 400, problem);
                } else if (!channel.containsKey(id)) {
                    error(ex, 400, "Bad Request: message to edit not found");
                } else if (channel.get(id).equals(html)) {
                    error(ex, 400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
                } else {
                    channel.put(id, html);
                    ok(ex, message(id, caption ? "caption" : "text", html));
                }
            }
            case "deleteMessage" -> {
                if (channel.remove(params.path("message_id").asLong()) == null) {
                    error(ex, 400, "Bad Request: message to delete not found");
                } else {
                    respond(ex, 200, "{\"ok\":true,\"result\":true}");
                }
            }
            default -> error(ex, 404, "Not Found: method not found");
        }
    }

    private JsonNode message(long id, String field, String html) {
        ObjectNode m = JSON.createObjectNode().put("message_id", id).put("date", System.currentTimeMillis() / 1000);
        m.putObject("chat").put("id", -1001234567890L).put("type", "channel").put("title", "Test channel");
        m.put(field, visible(html));
        return m;
    }

    private static final Pattern TAG = Pattern.compile("<(/?)(b|a)( href=\"[^\"<>]*\")?>");

    /** Telegram's checks of HTML parse mode for the tags used: null when fine, else its error description. */
    static String checkHtml(String html, int limit, boolean caption) {
        Deque<String> open = new java.util.ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher t = TAG.matcher(html).region(i, html.length());
                if (!t.lookingAt()) return "Bad Request: can't parse entities: Unsupported start tag at byte offset " + i;
                if (t.group(1).isEmpty()) open.push(t.group(2));
                else if (open.isEmpty() || !open.pop().equals(t.group(2))) return "Bad Request: can't parse entities: Unexpected end tag at byte offset " + i;
                i = t.end();
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String entity = semi < 0 ? "" : html.substring(i, semi + 1);
                if (!List.of("&lt;", "&gt;", "&amp;", "&quot;").contains(entity)) {
                    return "Bad Request: can't parse entities: Character entity expected at byte offset " + i;
                }
                i = semi + 1;
            } else if (c == '>') {
                return "Bad Request: can't parse entities: Unexpected > at byte offset " + i;
            } else {
                i++;
            }
        }
        if (!open.isEmpty()) return "Bad Request: can't parse entities: Can't find end tag corresponding to start tag " + open.peek();
        if (visible(html).length() > limit) return caption ? "Bad Request: message caption is too long" : "Bad Request: message is too long";
        return null;
    }

    /** The text a reader sees: tags removed, entities decoded. */
    static String visible(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static void ok(HttpExchange ex, JsonNode result) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", result);
        respond(ex, 200, body.toString());
    }

    private static void error(HttpExchange ex, int code, String description) throws IOException {
        respond(ex, code, JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description).toString());
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

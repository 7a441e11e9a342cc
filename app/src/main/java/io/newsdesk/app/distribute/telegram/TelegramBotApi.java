package io.newsdesk.app.distribute.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Bot API methods the channel uses, one HTTP call each, no retries (the poster decides). Parameters go as
 * JSON; answers become {@link BotApiReply}. The token is in every URL, so no URL, request or raw exception
 * leaves this class: reasons are redacted.
 */
final class TelegramBotApi implements AutoCloseable {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final BotToken token;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    TelegramBotApi(URI base, BotToken token) {
        this.base = base;
        this.token = token;
    }

    BotApiReply sendMessage(String chatId, String html) {
        return call("sendMessage", params("chat_id", chatId, "text", html, "parse_mode", "HTML"));
    }

    BotApiReply sendPhoto(String chatId, String photoUrl, String caption) {
        return call("sendPhoto", params("chat_id", chatId, "photo", photoUrl, "caption", caption, "parse_mode", "HTML"));
    }

    BotApiReply editMessageText(String chatId, long messageId, String html) {
        return call("editMessageText", params("chat_id", chatId, "message_id", messageId, "text", html, "parse_mode", "HTML"));
    }

    BotApiReply editMessageCaption(String chatId, long messageId, String caption) {
        return call("editMessageCaption", params("chat_id", chatId, "message_id", messageId, "caption", caption, "parse_mode", "HTML"));
    }

    BotApiReply deleteMessage(String chatId, long messageId) {
        return call("deleteMessage", params("chat_id", chatId, "message_id", messageId));
    }

    private BotApiReply call(String method, Map<String, Object> params) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + "/bot" + token.value() + "/" + method))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(BotApiReply.JSON.writeValueAsBytes(params)))
                    .build();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new BotApiReply.Unreachable(method + ": cannot build the request: " + e.getClass().getSimpleName(), false);
        }
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            BotApiReply reply = BotApiReply.parse(response.statusCode(), response.body());
            return reply instanceof BotApiReply.Refused r
                    ? new BotApiReply.Refused(r.code(), token.redact(r.description()), r.retryAfter()) : reply;
        } catch (HttpConnectTimeoutException | ConnectException | UnresolvedAddressException e) {
            // no connection was made, so Telegram cannot have seen the request
            return new BotApiReply.Unreachable(method + ": " + reason(e), false);
        } catch (IOException e) {
            return new BotApiReply.Unreachable(method + ": " + reason(e), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BotApiReply.Unreachable(method + ": interrupted", true);
        }
    }

    private String reason(Exception e) {
        String m = e.getMessage();
        return token.redact(e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m));
    }

    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }

    @Override
    public void close() {
        http.close();
    }
}

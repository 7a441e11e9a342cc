package io.newsdesk.app.distribute.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/** What one Bot API call came to: done, refused with Telegram's error, or no answer. */
sealed interface BotApiReply {
    /** {@code {"ok":true,"result":...}}; the message id when the result is a message, else 0. */
    record Ok(long messageId) implements BotApiReply {}

    /** {@code {"ok":false,"error_code":...,"description":...,"parameters":{"retry_after":...}}} (or a bare HTTP error). */
    record Refused(int code, String description, Duration retryAfter) implements BotApiReply {
        boolean tooManyRequests() {
            return code == 429 || retryAfter != null;
        }

        boolean serverError() {
            return code >= 500;
        }

        /** A 400 about this message rather than the chat (the edit or deletion cannot be done; the text is unchanged). */
        boolean aboutTheMessage() {
            String d = description.toLowerCase(Locale.ROOT);
            return code == 400 && (d.contains("message to edit not found") || d.contains("message to delete not found")
                    || d.contains("message can't be") || d.contains("message is not modified")
                    || d.contains("message_id_invalid") || d.contains("message identifier is not specified"));
        }

        boolean notModified() {
            return code == 400 && description.toLowerCase(Locale.ROOT).contains("message is not modified");
        }

        /** A 400 because Telegram could not use the photo's URL: the post can still go out as text. */
        boolean aboutThePhoto() {
            String d = description.toLowerCase(Locale.ROOT);
            return code == 400 && (d.contains("http url") || d.contains("wrong file") || d.contains("photo")
                    || d.contains("web page content") || d.contains("image"));
        }
    }

    /** No answer: {@code maybeDelivered} when the request may have reached Telegram (a timeout, a reset). */
    record Unreachable(String reason, boolean maybeDelivered) implements BotApiReply {}

    ObjectMapper JSON = new ObjectMapper();

    static BotApiReply parse(int status, byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        if (json != null && json.path("ok").asBoolean(false)) {
            return new Ok(json.path("result").path("message_id").asLong(0));
        }
        if (json == null || !json.isObject()) {
            return new Refused(status, "HTTP " + status + " without a Bot API answer", null);
        }
        int code = json.path("error_code").asInt(status);
        String description = json.path("description").asText("HTTP " + status);
        JsonNode retry = json.path("parameters").path("retry_after");
        return new Refused(code, description, retry.isNumber() ? Duration.ofSeconds(retry.asLong()) : null);
    }
}

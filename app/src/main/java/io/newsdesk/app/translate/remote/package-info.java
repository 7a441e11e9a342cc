/**
 * Translation engines that call a web service: {@link io.newsdesk.app.translate.remote.DeepLEngine} (DeepL API,
 * free and pro hosts) and {@link io.newsdesk.app.translate.remote.LibreTranslateEngine} (a LibreTranslate
 * server). Both send inline HTML, batch segments within the service's limits, retry 429/5xx/timeouts with
 * backoff and jitter (Retry-After honoured), and turn the service's documented error bodies into reasons.
 *
 * <p>Environment: {@code NEWSDESK_DEEPL_KEY} or {@code NEWSDESK_DEEPL_KEY_FILE}, {@code NEWSDESK_DEEPL_API_BASE},
 * {@code NEWSDESK_DEEPL_TARGET_VARIANT}; {@code NEWSDESK_LIBRETRANSLATE_URL}, {@code NEWSDESK_LIBRETRANSLATE_KEY}
 * or {@code NEWSDESK_LIBRETRANSLATE_KEY_FILE}, {@code NEWSDESK_LIBRETRANSLATE_BATCH_LIMIT}. Keys never appear in
 * {@code toString()}, logs or failure reasons.
 */
package io.newsdesk.app.translate.remote;

package io.newsdesk.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/** Renders the precompiled jte templates (escaped by default) to UTF-8 bytes. */
public final class Renderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public byte[] render(String template, Object model) {
        Utf8ByteOutput out = new Utf8ByteOutput(16 * 1024);
        engine.render(template, model, out);
        return out.toByteArray();
    }
}

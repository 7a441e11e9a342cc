package io.newsdesk.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/** Renders the precompiled jte templates (escaped by default) to UTF-8 bytes. */
public final class Renderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public byte[] render(String template, Object model) {
        // the argument is the first capacity of the output's list of pieces (a reference each), not of bytes: an
        // article or list page is written in about 1,100 pieces, the home page 2,100 (16 K of them took 64 KB a render)
        Utf8ByteOutput out = new Utf8ByteOutput(2048);
        engine.render(template, model, out);
        return out.toByteArray();
    }
}

package io.newsdesk.app.translate.marian;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The tiny copy model of src/test/resources/translate/tiny-model (see generate.py there): it translates a text into itself. */
final class TinyModel {
    private TinyModel() {}

    static Path resources() {
        try {
            return Path.of(TinyModel.class.getResource("/translate/tiny-model/config.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the model's files to {@code dir} (created), as {@code models install} would leave them. */
    static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : ModelFiles.REQUIRED) Files.copy(resources().resolve(f), dir.resolve(f));
        return dir;
    }
}

package io.newsdesk.app.media;

/** An image the site will not keep, with the reason an editor reads (not a stack trace). */
public final class ImageRefused extends Exception {
    private final boolean permanent;

    /** @param permanent another try cannot change the answer (the bytes, the size, a 404), unlike a timeout */
    public ImageRefused(String reason, boolean permanent) {
        super(reason, null, false, false);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}

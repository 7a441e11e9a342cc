package io.newsdesk.app.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body but never more than {@code max} bytes: past the limit it cancels the stream (closing the
 * connection) and either fails with TOO_LARGE or, in truncating mode, keeps what it has. Requests one chunk
 * at a time so a fast server cannot make us buffer ahead.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final boolean truncate;
    private final long declaredLength;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile boolean aborted;

    LimitedBodySubscriber(long max, boolean truncate, long declaredLength) {
        this.max = max;
        this.truncate = truncate;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (aborted) {
            s.cancel();
        } else if (!truncate && declaredLength > max) {
            // Content-Length already says too much: do not download any of it
            s.cancel();
            result.completeExceptionally(tooLarge());
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (out.size() + (long) n > max) {
                subscription.cancel();
                if (truncate) {
                    byte[] part = new byte[(int) (max - out.size())];
                    b.get(part);
                    out.writeBytes(part);
                    result.complete(out.toByteArray());
                } else {
                    result.completeExceptionally(tooLarge());
                }
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            out.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading (the total timeout expired). */
    void abort() {
        aborted = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.cancel(false);
    }

    private FetchFailure tooLarge() {
        return new FetchFailure(FailureCause.TOO_LARGE, "body larger than " + max + " bytes");
    }
}

package io.newsdesk.app.translate.marian;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;

/**
 * Native buffers that ONNX Runtime reads and writes in place (direct, native order) for one translation at a
 * time: the source ids and mask, the decoder's ids and its logits. They are kept and reused, growing to the
 * largest batch seen, because a direct buffer's memory is only returned when the garbage collector finds it
 * unreachable: one new buffer per step or batch made the process grow by hundreds of MB between collections.
 */
final class DecoderScratch {
    private LongBuffer sourceIds;
    private LongBuffer sourceMask;
    private LongBuffer decoderIds;
    private FloatBuffer logits;

    LongBuffer sourceIds(int n) {
        sourceIds = fit(sourceIds, n);
        return sourceIds.clear();
    }

    LongBuffer sourceMask(int n) {
        sourceMask = fit(sourceMask, n);
        return sourceMask.clear();
    }

    LongBuffer decoderIds(int n) {
        decoderIds = fit(decoderIds, n);
        return decoderIds.clear();
    }

    /** A view of exactly {@code n} floats. */
    FloatBuffer logits(int n) {
        if (logits == null || logits.capacity() < n) {
            int size = (int) Math.min(Integer.MAX_VALUE / Float.BYTES, Math.max(n, 2L * (logits == null ? 0 : logits.capacity())));
            logits = ByteBuffer.allocateDirect(size * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        return logits.duplicate().clear().limit(n).slice();
    }

    private static LongBuffer fit(LongBuffer b, int n) {
        if (b != null && b.capacity() >= n) return b;
        int size = Math.max(n, 2 * (b == null ? 0 : b.capacity()));
        return ByteBuffer.allocateDirect(Math.multiplyExact(size, Long.BYTES)).order(ByteOrder.nativeOrder()).asLongBuffer();
    }
}

package dev.engagement.bench;

import dev.engagement.app.RunContext;
import dev.engagement.cli.Main;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A child JVM's main: runs the real command line ({@link Main#run}) and then prints one line to
 * stderr with the peak memory it saw:
 * <ul>
 * <li>{@code heapPeak}: the sum of each heap pool's peak usage (garbage included, so it follows
 *     the collector's sizing as much as the program);</li>
 * <li>{@code livePeak}: the largest heap in use right after a full collection, sampled every
 *     {@value #SAMPLE_MS} ms by a thread that calls {@code System.gc()}: what the program really
 *     retains. (The heap after G1's young collections is no measure of that: it still holds dead
 *     humongous arrays, such as the first pass's ID set, until a mixed or full collection.)</li>
 * <li>{@code vmhwm}: the process's peak resident set size (VmHWM in /proc/self/status).</li>
 * </ul>
 */
public final class PeakMemoryMain {
    static final String MARKER = "BENCH-MEMORY";
    static final int SAMPLE_MS = 250;

    private PeakMemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        AtomicLong livePeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            try {
                while (true) {
                    long live = liveNow();
                    livePeak.accumulateAndGet(live, Math::max);
                    if (Boolean.getBoolean("bench.trace")) {
                        System.err.println("live " + live / 1_000_000 + " MB");
                    }
                    Thread.sleep(SAMPLE_MS);
                }
            } catch (InterruptedException e) {
                // done
            }
        }, "live-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        int code = Main.run(RunContext.system(), args);
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        sampler.interrupt();
        livePeak.accumulateAndGet(liveNow(), Math::max);
        long hwm = -1;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                hwm = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        System.err.println(MARKER + " exit=" + code + " heapPeak=" + heapPeak + " livePeak=" + livePeak.get() + " vmhwm=" + hwm);
        System.err.flush();
        System.exit(code);
    }

    /**
     * Heap in use right after a full collection, as the collector reports it (reading the heap
     * afterwards would also count what the run allocated in between). The full collector's own last
     * collection is taken, not the latest of any collector: a young collection that ran between
     * {@code System.gc()} and this read would report the dead humongous arrays it keeps.
     */
    private static long liveNow() {
        System.gc();
        GcInfo last = null;
        GcInfo full = null;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            GcInfo info = ((com.sun.management.GarbageCollectorMXBean) gc).getLastGcInfo();
            if (info == null) {
                continue;
            }
            if (last == null || info.getEndTime() > last.getEndTime()) {
                last = info;
            }
            // G1's and Parallel's full collectors ("G1 Old Generation", "PS MarkSweep"), Serial's "MarkSweepCompact".
            if (gc.getName().contains("Old") || gc.getName().contains("MarkSweep")) {
                full = info;
            }
        }
        if (full != null) {
            last = full;
        }
        if (last == null) {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = last.getMemoryUsageAfterGc().get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && after != null) {
                used += after.getUsed();
            }
        }
        return used;
    }
}

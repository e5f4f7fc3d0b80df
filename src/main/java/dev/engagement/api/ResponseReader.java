package dev.engagement.api;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a response body (RFC 8259 JSON, UTF-8) straight from its bytes into an {@link EngagementResponse}.
 * A response is mostly counts: tens of thousands of short keys and numbers. Read here, a count's
 * digits become a {@code long} without a string in between, and a key becomes a string in one copy;
 * anything that is not strict JSON is a {@link MalformedResponseException}.
 */
final class ResponseReader {
    /** Deeper than any grouping (four levels) by far; a body nested deeper is refused, not followed. */
    private static final int MAX_DEPTH = 64;

    private static final ThreadLocal<byte[]> SCRATCH = new ThreadLocal<>();
    private static final int MAX_KEPT_SCRATCH = 1 << 20;

    private final byte[] b;
    private final int n;
    private int i;
    /** While a grouping is read: its compact text so far, valid while {@link #compactForm} holds. */
    private byte[] compact;
    private int compactLength;
    /** Whether the grouping being read is still in compact form (no whitespace, escape, repeated key, odd count). */
    private boolean compactForm;
    /** Where the body's bytes not yet copied into {@link #compact} start. */
    private int copiedTo;
    /** Whether the last string read was ASCII without escapes: then its body text is its compact text. */
    private boolean plainString;
    /** Strings up to this long are kept in {@link #shortStrings}: hours, days and metric names; Tweet IDs are longer. */
    private static final int SHORT = 16;
    private static final int SHORT_SLOTS = 256;
    private static final int SHORT_PROBES = 4;
    private final String[] shortStrings = new String[SHORT_SLOTS];
    /** The bytes of each of {@link #shortStrings} as {@link #word} packs them, its two words side by side. */
    private final long[] shortWords = new long[SHORT_SLOTS * 2];
    /**
     * For each slot, the text a count member under its name starts with ({@code "17":"}) as two words and
     * the mask of its bytes in them; its length, or 0 where it is longer than two words or the slot empty.
     */
    private final long[] memberPrefix = new long[SHORT_SLOTS * 2];
    private final long[] memberMask = new long[SHORT_SLOTS * 2];
    private final int[] memberPrefixLength = new int[SHORT_SLOTS];
    /** The slot of {@link #shortStrings} that {@link #known} found or filled last. */
    private int knownSlot;
    /** For each slot, the slot of the name that followed its name in a level last time; a guess, checked. */
    private final int[] followingSlot = new int[SHORT_SLOTS];
    /** The slot of the name {@link #countMember()} read last. */
    private int previousSlot;
    /** The name and count {@link #countMember()} read last. */
    private String memberName;
    private long memberCount;
    /** The value of the digits {@link #digitRun(int)} read last. */
    private long digitRunValue;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /**
     * The level with the most keys read so far at each depth (a whole day of hours, all the metrics of a
     * Tweet): a level at that depth most likely holds a run of its keys, in the same order.
     */
    private final CountTree[] widest = new CountTree[MAX_DEPTH + 2];

    private ResponseReader(byte[] body) {
        this.b = body;
        this.n = body.length;
        // A UTF-8 byte order mark, which RFC 8259 8.1 lets a parser ignore.
        this.i = n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    static EngagementResponse read(byte[] body) {
        return new ResponseReader(body).response();
    }

    private EngagementResponse response() {
        EngagementResponse res = new EngagementResponse();
        skipSpace();
        expect('{');
        if (!closed('}')) {
            do {
                String name = name();
                switch (name) {
                    case ResponseJson.START -> res.start = scalar();
                    case ResponseJson.END -> res.end = scalar();
                    case ResponseJson.ERRORS -> errors(res.errors);
                    case ResponseJson.UNAVAILABLE -> ids(res.unavailableTweetIds);
                    case ResponseJson.UNSUPPORTED_VIDEO -> ids(res.unsupportedForVideoViewsTweetIds);
                    case ResponseJson.UNSUPPORTED_IMPRESSIONS -> ids(res.unsupportedForImpressionsEngagementsTweetIds);
                    default -> {
                        if (peek() == '{') {
                            CountTree tree = new CountTree();
                            startCompact();
                            tree(tree, 1, null);
                            res.groupings.put(name, tree);
                            byte[] text = endCompact();
                            if (text != null) {
                                res.compactCounts.put(name, text);
                            } else {
                                res.compactCounts.remove(name);
                            }
                        } else {
                            skipValue(1);
                        }
                    }
                }
            } while (another('}'));
        }
        skipSpace();
        if (i != n) {
            throw malformed("content after the JSON object");
        }
        return res;
    }

    /**
     * An object of counts and levels into {@code node}; counts may be strings or numbers, never through a
     * double.
     *
     * <p>A response repeats one layout (the same metrics for each Tweet, the same days for each metric,
     * the hours of a day in order), and the reader hands out each short key as one instance. So a new
     * level is read against a template, a level read before: once its first key is found in the
     * template, while each next key is the same instance as the template's next key, the key cannot
     * already be in this level (a level's keys are unique, and this level's keys are a run of the
     * template's), so it is appended without being looked up. Any level is correct as a template:
     * {@code template} (the same key's level in the template of the level above) or else the widest
     * level read at this depth; a wrong guess only costs the lookups.
     */
    private void tree(CountTree node, int depth, CountTree template) {
        if (depth > MAX_DEPTH) {
            throw malformed("nested deeper than " + MAX_DEPTH + " levels");
        }
        expect('{');
        if (closed('}')) {
            return;
        }
        boolean fresh = node.isEmpty();
        int offset = -1;
        do {
            int keys = node.size();
            boolean countMember = compactForm && countMember();
            String key = countMember ? memberName : name();
            compactForm &= plainString;
            if (keys == 0 && fresh) {
                offset = template == null ? -1 : template.position(key);
                if (offset < 0 && widest[depth] != null && widest[depth] != template) {
                    template = widest[depth];
                    offset = template.position(key);
                }
            }
            boolean likeTemplate = offset >= 0 && keys + offset < template.size() && template.keyAt(keys + offset) == key;
            if (!likeTemplate) {
                offset = -1;
            }
            int c = countMember ? '"' : peek();
            if (c == '{') {
                CountTree below = likeTemplate ? template.childAt(keys + offset)
                        : template == null ? null : template.child(key);
                CountTree child = likeTemplate ? node.appendNewChild(key, below == null ? 0 : below.size())
                        : node.childOrCreate(key, below == null ? 0 : below.size());
                tree(child, depth + 1, below);
            } else {
                long count = countMember ? memberCount : countValue(c);
                if (likeTemplate) {
                    node.appendNewCount(key, count);
                    if (countMember && compactForm && !countRun(node, template, offset)) {
                        offset = -1;
                    }
                } else {
                    node.addCount(key, count);
                }
            }
            // A key given twice had its counts summed: the text holds both, the tree one.
            compactForm &= node.size() > keys;
        } while (another('}'));
        if (widest[depth] == null || node.size() > widest[depth].size()) {
            widest[depth] = node;
        }
    }

    /**
     * The count members that follow in a level read like {@code template} from {@code offset}, appended
     * without the general loop of {@link #tree} around each (a day of hours, the metrics of a Tweet): up to
     * the first member that is not a count member in compact form, which is left to that loop. False when
     * it stopped at a key unlike the template's, which it added.
     */
    private boolean countRun(CountTree node, CountTree template, int offset) {
        while (i < n && b[i] == ',') {
            i++;
            if (!countMember()) {
                i--;
                return true;
            }
            int keys = node.size();
            String key = memberName;
            if (keys + offset < template.size() && template.keyAt(keys + offset) == key) {
                node.appendNewCount(key, memberCount);
            } else {
                node.addCount(key, memberCount);
                compactForm &= node.size() > keys;
                return false;
            }
        }
        return true;
    }

    /**
     * A member of a name of up to 15 bytes and a count in quotes, in compact form ({@code "17":"4"},
     * {@code "impressions":"1609"}), the most common
     * member of a response: read in one go into {@link #memberName} and {@link #memberCount}, its compact
     * text copied. False, with nothing read, for any other member.
     */
    private boolean countMember() {
        // First as the member the names' order predicts: its name and the quotes around it compared with
        // the body as two words (with countRun, 0.82x the time per hourly body with C1). Its count is read
        // as the general path below reads it, in a copy of its own: one path for both measured 5 % slower.
        int predicted = followingSlot[previousSlot];
        int prefix = memberPrefixLength[predicted];
        if (prefix != 0 && i + 24 <= n
                && (((long) LONGS.get(b, i) ^ memberPrefix[2 * predicted]) & memberMask[2 * predicted]
                        | ((long) LONGS.get(b, i + 8) ^ memberPrefix[2 * predicted + 1])
                                & memberMask[2 * predicted + 1]) == 0) {
            int from = i + prefix;
            int to = from + digitsInWord((long) LONGS.get(b, from));
            int digits = to - from;
            if (to < n && b[to] == '"' && digits > 0 && digits <= 7 && (digits == 1 || b[from] != '0')) {
                long count = b[from] - '0';
                for (int k = from + 1; k < to; k++) {
                    count = count * 10 + b[k] - '0';
                }
                memberName = shortStrings[predicted];
                previousSlot = predicted;
                memberCount = count;
                plainString = true;
                copyUnquoted(from - 1, to);
                i = to + 1;
                return true;
            }
        }
        if (i + 12 > n || b[i] != '"') {
            return false;
        }
        long w = (long) LONGS.get(b, i + 1);
        long stop = notPlain(w);
        long high = 0;
        int length;
        if (stop != 0) {
            length = Long.numberOfTrailingZeros(stop) >>> 3;
        } else {
            // A name of 8 to 15 bytes (most metrics): its second word.
            if (i + 20 > n) {
                return false;
            }
            high = (long) LONGS.get(b, i + 9);
            long stopHigh = notPlain(high);
            if (stopHigh == 0) {
                return false;
            }
            int more = Long.numberOfTrailingZeros(stopHigh) >>> 3;
            length = 8 + more;
            high = more == 0 ? 0 : high & ((1L << (more * 8)) - 1);
        }
        int end = i + 1 + length;
        if (length == 0 || b[end] != '"' || b[end + 1] != ':' || b[end + 2] != '"') {
            return false;
        }
        int from = end + 3;
        int to = from + 8 <= n ? from + digitsInWord((long) LONGS.get(b, from)) : digitRun(from);
        int digits = to - from;
        if (to == n || b[to] != '"' || digits == 0 || digits > 7 || digits > 1 && b[from] == '0') {
            return false;
        }
        long count = b[from] - '0';
        for (int k = from + 1; k < to; k++) {
            count = count * 10 + b[k] - '0';
        }
        long name = length >= 8 ? w : w & ((1L << (length * 8)) - 1);
        // The names of a level mostly follow one another as they did in the level before: try that first.
        int slot = followingSlot[previousSlot];
        if (shortWords[2 * slot] == name && shortWords[2 * slot + 1] == high) {
            memberName = shortStrings[slot];
        } else {
            memberName = known(name, high, length, i + 1);
            slot = knownSlot;
            followingSlot[previousSlot] = slot;
        }
        previousSlot = slot;
        memberCount = count;
        plainString = true;
        copyUnquoted(end + 2, to);
        i = to + 1;
        return true;
    }

    /**
     * A buffer of at least {@code size} bytes for the compact text, kept for the thread's next body when
     * it is not too large to keep: a fresh one per body was about a third of the reader's allocation.
     */
    private static byte[] scratch(int size) {
        byte[] kept = SCRATCH.get();
        if (kept != null && kept.length >= size) {
            return kept;
        }
        byte[] fresh = new byte[Math.max(1 << 12, size)];
        if (fresh.length <= MAX_KEPT_SCRATCH) {
            SCRATCH.set(fresh);
        }
        return fresh;
    }

    private void startCompact() {
        if (compact == null) {
            compact = scratch(n - i);
        }
        compactLength = 0;
        copiedTo = i;
        compactForm = true;
    }

    /** The grouping's compact text, or null when the body did not hold it in compact form. */
    private byte[] endCompact() {
        if (!compactForm) {
            return null;
        }
        copy(i);
        return Arrays.copyOf(compact, compactLength);
    }

    /**
     * A count sent in quotes into the compact text: the body's bytes up to its opening quote at
     * {@code open}, then its text up to the closing quote at {@code close}, both quotes left out.
     */
    private void copyUnquoted(int open, int close) {
        copy(open);
        copiedTo = open + 1;
        copy(close);
        copiedTo = close + 1;
    }

    /** Copies the body's bytes from where the last copy ended up to {@code end} into the compact text. */
    private void copy(int end) {
        int length = end - copiedTo;
        if (length <= 16 && copiedTo + 16 <= n && compactLength + 16 <= compact.length) {
            // Most pieces are a key or a count of a few bytes: two words copied whole (the bytes past the
            // piece are overwritten by the next), cheaper than an array copy of that size.
            LONGS.set(compact, compactLength, (long) LONGS.get(b, copiedTo));
            LONGS.set(compact, compactLength + 8, (long) LONGS.get(b, copiedTo + 8));
        } else {
            System.arraycopy(b, copiedTo, compact, compactLength, length);
        }
        compactLength += length;
        copiedTo = end;
    }

    /** The count at the reader, which starts with {@code c}. */
    private long countValue(int c) {
        if (c == '"') {
            return quotedCount();
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return numberCount();
        }
        throw malformed(kind(c) + " where a count or a level belongs");
    }

    /**
     * A count sent as a number: up to 18 digits read in place, anything else (a fraction, an exponent, a
     * leading zero, more digits) through its literal, which {@link #count(String)} refuses or reads.
     */
    private long numberCount() {
        int start = i;
        int first = b[i] == '-' ? i + 1 : i;
        int end = digitRun(first);
        long v = digitRunValue;
        int digits = end - first;
        boolean whole = digits > 0 && digits <= 18 && (b[first] != '0' || digits == 1)
                && (end == n || b[end] != '.' && b[end] != 'e' && b[end] != 'E');
        if (whole) {
            i = end;
            if (first > start) {
                compactForm &= v != 0; // "-0" is written "0" in the compact text
                return -v;
            }
            return v;
        }
        long count = count(number());
        compactForm &= plainDecimal(start, i);
        return count;
    }

    /**
     * Reads decimal digits from {@code from}, at most 19 (one more than any count of 18 digits, so that
     * a longer run is seen as such): returns where they end, their value in {@link #digitRunValue}.
     */
    private int digitRun(int from) {
        int end = from;
        long v = 0;
        while (end < n && end - from < 19) {
            int d = b[end] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            v = v * 10 + d;
            end++;
        }
        digitRunValue = v;
        return end;
    }

    /** Whether {@code b[from, to)} is a whole number as the compact text writes it: no leading zero, no "-0". */
    private boolean plainDecimal(int from, int to) {
        int first = b[from] == '-' ? from + 1 : from;
        if (first >= to || to - first > 18) {
            return false;
        }
        for (int k = first; k < to; k++) {
            if (b[k] < '0' || b[k] > '9') {
                return false;
            }
        }
        return b[first] != '0' || to - first == 1 && first == from;
    }

    /** A count sent as a string: plain digits read in place, anything else as {@link CountTreeJson#parseCount}. */
    private long quotedCount() {
        int start = i + 1;
        int end = digitRun(start);
        long v = digitRunValue;
        if (end < n && b[end] == '"' && end > start && end - start <= 18) {
            if (compactForm) {
                if (b[start] == '0' && end - start > 1) {
                    compactForm = false;
                } else {
                    copyUnquoted(start - 1, end);
                }
            }
            i = end + 1;
            return v;
        }
        // Escapes, spaces, 19 digits: read as text; still compact when the text is the count's decimals.
        int open = i;
        String text = string();
        long count = count(text);
        if (compactForm && plainString && text.equals(Long.toString(count))) {
            copyUnquoted(open, i - 1);
        } else {
            compactForm = false;
        }
        return count;
    }

    private long count(String text) {
        try {
            return CountTreeJson.parseCount(text);
        } catch (NumberFormatException e) {
            throw malformed("the count '" + text + "' is not a whole number");
        }
    }

    /** A string, a number or null as text (null for null), as the scalars start and end are read. */
    private String scalar() {
        int c = peek();
        if (c == 'n') {
            literal("null");
            return null;
        }
        return text();
    }

    /** A string's content or a number's literal. */
    private String text() {
        int c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return number();
        }
        throw malformed(kind(c) + " where a string belongs");
    }

    private void ids(List<String> out) {
        expect('[');
        if (closed(']')) {
            return;
        }
        do {
            out.add(text());
        } while (another(']'));
    }

    /** Errors as strings, or objects whose {@code message} is the text (spec 5.5); one scalar for the whole list too. */
    private void errors(List<String> out) {
        if (peek() != '[') {
            out.add(String.valueOf(scalar()));
            return;
        }
        expect('[');
        if (closed(']')) {
            return;
        }
        do {
            if (peek() == '{') {
                out.add(errorMessage());
            } else {
                out.add(text());
            }
        } while (another(']'));
    }

    private String errorMessage() {
        expect('{');
        String message = null;
        if (!closed('}')) {
            do {
                if (name().equals("message") && peek() == '"') {
                    message = string();
                } else {
                    skipValue(2);
                }
            } while (another('}'));
        }
        return message == null ? "(error without message)" : message;
    }

    private void skipValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("nested deeper than " + MAX_DEPTH + " levels");
        }
        int c = peek();
        switch (c) {
            case '{' -> {
                expect('{');
                if (!closed('}')) {
                    do {
                        name();
                        skipValue(depth + 1);
                    } while (another('}'));
                }
            }
            case '[' -> {
                expect('[');
                if (!closed(']')) {
                    do {
                        skipValue(depth + 1);
                    } while (another(']'));
                }
            }
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    number();
                } else {
                    throw malformed(kind(c) + " where a value belongs");
                }
            }
        }
    }

    /** A member's name and its colon; leaves the reader at the value. */
    private String name() {
        skipSpace();
        if (i >= n || b[i] != '"') {
            throw malformed(kind(i < n ? b[i] & 0xFF : -1) + " where a member name belongs");
        }
        String name = string();
        skipSpace();
        expect(':');
        skipSpace();
        return name;
    }

    /** After a value in an object or array: true at a comma (another follows), false at {@code close}. */
    private boolean another(char close) {
        skipSpace();
        if (i < n && b[i] == ',') {
            i++;
            return true;
        }
        expect(close);
        return false;
    }

    /** Right after an opening '{' or '[': true (and past it) when {@code close} follows, the value empty. */
    private boolean closed(char close) {
        skipSpace();
        if (i < n && b[i] == close) {
            i++;
            return true;
        }
        return false;
    }

    /** A string at the reader, unescaped: one copy when it holds no escape. */
    private String string() {
        int start = ++i;
        // Eight bytes at a time up to the first that is not plain ASCII text: most strings are keys of
        // 2 to 19 characters, so the byte loop below then only sees the closing quote.
        while (i + 8 <= n) {
            long stop = notPlain((long) LONGS.get(b, i));
            if (stop != 0) {
                i += Long.numberOfTrailingZeros(stop) >>> 3;
                break;
            }
            i += 8;
        }
        boolean ascii = true;
        while (i < n) {
            int c = b[i];
            if (c == '"') {
                String s = ascii ? ascii(start, i) : new String(b, start, i - start, StandardCharsets.UTF_8);
                plainString = ascii;
                i++;
                return s;
            }
            if (c == '\\') {
                plainString = false;
                return escaped(start);
            }
            if (c >= 0 && c < 0x20) {
                throw malformed("a control character inside a string");
            }
            ascii &= c >= 0;
            i++;
        }
        throw malformed("the body ends inside a string");
    }

    /**
     * An ASCII string of the body; a short one (an hour, a day, a metric) as the same instance each time it
     * recurs, so it is neither allocated again nor hashed again when it is looked up. A short string is
     * known by its bytes packed into two words, compared at once rather than character by character. The
     * words also tell its length: the bytes past it are zero, and a string of the body holds no zero byte.
     */
    private String ascii(int from, int to) {
        int length = to - from;
        if (length > SHORT) {
            return new String(b, from, length, StandardCharsets.ISO_8859_1);
        }
        long low = word(from, Math.min(length, 8));
        long high = length > 8 ? word(from + 8, length - 8) : 0;
        return known(low, high, length, from);
    }

    /** The short string {@code b[from, from + length)}, whose bytes {@link #word} packs as {@code low, high}. */
    private String known(long low, long high, int length, int from) {
        long mixed = (low * 0x9E3779B97F4A7C15L ^ high * 0xC2B2AE3D27D4EB4FL) + length;
        int first = (int) (mixed >>> 56) & (SHORT_SLOTS - 1);
        // A few slots from the first: two keys that share a slot would otherwise each evict the other, and a
        // key that comes back as a new instance costs a new string and the lookups instances spare.
        int slot = first;
        int probe = 0;
        while (probe < SHORT_PROBES && shortStrings[slot] != null) {
            if (shortWords[2 * slot] == low && shortWords[2 * slot + 1] == high) {
                knownSlot = slot;
                return shortStrings[slot];
            }
            slot = (slot + 1) & (SHORT_SLOTS - 1);
            probe++;
        }
        if (probe == SHORT_PROBES) {
            slot = first; // every slot looked at is taken: the first gives way
        }
        String s = new String(b, from, length, StandardCharsets.ISO_8859_1);
        knownSlot = slot;
        shortStrings[slot] = s;
        shortWords[2 * slot] = low;
        shortWords[2 * slot + 1] = high;
        packMemberPrefix(slot, from, length);
        return s;
    }

    /** Fills slot {@code slot}'s {@link #memberPrefix} for the name {@code b[from, from + length)}. */
    private void packMemberPrefix(int slot, int from, int length) {
        int prefix = length + 4;
        if (length == 0 || prefix > 16) {
            memberPrefixLength[slot] = 0;
            return;
        }
        byte[] text = new byte[16];
        text[0] = '"';
        System.arraycopy(b, from, text, 1, length);
        text[length + 1] = '"';
        text[length + 2] = ':';
        text[length + 3] = '"';
        memberPrefix[2 * slot] = (long) LONGS.get(text, 0);
        memberPrefix[2 * slot + 1] = (long) LONGS.get(text, 8);
        memberMask[2 * slot] = prefix >= 8 ? -1L : (1L << (prefix * 8)) - 1;
        memberMask[2 * slot + 1] = prefix <= 8 ? 0 : prefix == 16 ? -1L : (1L << ((prefix - 8) * 8)) - 1;
        memberPrefixLength[slot] = prefix;
    }

    /** How many of the eight bytes of {@code w}, from the lowest, are decimal digits before the first that is not. */
    private static int digitsInWord(long w) {
        long d = w - 0x3030303030303030L;
        // A digit's byte is 0-9 here and below 0x80 after adding 0x76; any other byte has its high bit set in one
        // of the two. A borrow or carry only reaches the bytes above the first that is not a digit.
        return Long.numberOfTrailingZeros((d | d + 0x7676767676767676L) & HIGH_BITS) >>> 3;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The high bit of each of the eight bytes of {@code w} that is a quote, a backslash, a control
     * character or not ASCII. Only the lowest bit set is exact (a borrow may flag bytes above it).
     */
    private static long notPlain(long w) {
        long quote = w ^ 0x2222222222222222L;
        long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
        return ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | w - 0x2020202020202020L | w) & HIGH_BITS;
    }

    /** Up to eight bytes from {@code from}, little-endian, the bytes past {@code length} zero. */
    private long word(int from, int length) {
        if (from + 8 <= n) {
            long w = (long) LONGS.get(b, from);
            return length == 8 ? w : w & ((1L << (length * 8)) - 1);
        }
        long w = 0;
        for (int k = length - 1; k >= 0; k--) {
            w = w << 8 | (b[from + k] & 0xFF);
        }
        return w;
    }

    /** The rest of a string with escapes, from {@code start} (its first character); the reader is at a backslash. */
    private String escaped(int start) {
        StringBuilder s = new StringBuilder(i - start + 16);
        int run = start;
        while (i < n) {
            int c = b[i];
            if (c == '"') {
                s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
                i++;
                return s.toString();
            }
            if (c >= 0 && c < 0x20) {
                throw malformed("a control character inside a string");
            }
            if (c != '\\') {
                i++;
                continue;
            }
            s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
            if (i + 1 >= n) {
                break;
            }
            int e = b[i + 1];
            i += 2;
            switch (e) {
                case '"' -> s.append('"');
                case '\\' -> s.append('\\');
                case '/' -> s.append('/');
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> s.append(unicodeEscape());
                default -> throw malformed("an escape JSON does not have, in a string");
            }
            run = i;
        }
        throw malformed("the body ends inside a string");
    }

    private char unicodeEscape() {
        if (i + 4 > n) {
            throw malformed("the body ends inside a \\u escape");
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[i + k], 16);
            if (d < 0) {
                throw malformed("a \\u escape that is not four hex digits");
            }
            v = v * 16 + d;
        }
        i += 4;
        return (char) v;
    }

    /** A number's literal, checked against RFC 8259's grammar. */
    private String number() {
        int start = i;
        if (b[i] == '-') {
            i++;
        }
        if (i < n && b[i] == '0') {
            i++;
        } else if (!digits()) {
            throw malformed("a number without digits");
        }
        if (i < n && b[i] == '.') {
            i++;
            if (!digits()) {
                throw malformed("a number without digits after its point");
            }
        }
        if (i < n && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < n && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            if (!digits()) {
                throw malformed("a number without digits in its exponent");
            }
        }
        return new String(b, start, i - start, StandardCharsets.ISO_8859_1);
    }

    private boolean digits() {
        int start = i;
        while (i < n && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i > start;
    }

    private void literal(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (i + k >= n || b[i + k] != word.charAt(k)) {
                throw malformed("a misspelt " + word);
            }
        }
        i += word.length();
    }

    private int peek() {
        skipSpace();
        return i < n ? b[i] & 0xFF : -1;
    }

    private void expect(char c) {
        if (i >= n || b[i] != c) {
            throw malformed("'" + c + "' expected, found " + kind(i < n ? b[i] & 0xFF : -1));
        }
        i++;
    }

    private void skipSpace() {
        while (i < n) {
            byte c = b[i];
            // Most bytes here are above ' ', which no white space is: one comparison for them.
            if (c > ' ' || c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            i++;
            compactForm = false;
        }
    }

    /** What a byte starts, with its article, for messages. */
    private static String kind(int c) {
        return switch (c) {
            case -1 -> "the end of the body";
            case '{' -> "an object";
            case '[' -> "an array";
            case '"' -> "a string";
            case 't', 'f' -> "a boolean";
            case 'n' -> "a null";
            default -> c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : "the byte 0x" + Integer.toHexString(c);
        };
    }

    private MalformedResponseException malformed(String what) {
        return new MalformedResponseException(what + " at byte " + i);
    }
}

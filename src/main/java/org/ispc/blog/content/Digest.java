package org.ispc.blog.content;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * A 128-bit digest in hex: the name of everything the build keeps by content (caches, fingerprinted files).
 *
 * <p>MurmurHash3, not SHA-256: a build digests every page and every source, tens of megabytes, with the JVM's
 * quick compiler only (see bake.jvmArgs in pom.xml), under which SHA-256 ran at a tenth of this speed. The
 * digests only tell the build's own files apart; nobody gains from making two of them collide, and 128 bits
 * make an accidental collision as unlikely as with SHA-256 for any number of files a site has.
 */
public final class Digest {

    private Digest() {}

    /** The digest of the parts, fed in order, each with its length (so that "ab","c" and "a","bc" differ). */
    public static String of(byte[]... parts) {
        Hasher hasher = Hashing.murmur3_128().newHasher();
        for (byte[] part : parts) {
            hasher.putInt(part.length).putBytes(part);
        }
        return hasher.hash().toString();
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}

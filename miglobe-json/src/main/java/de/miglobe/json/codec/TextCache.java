package de.miglobe.json.codec;

import java.util.Arrays;

/**
 * The values a codec built from texts during one read, looked up by the token's characters so that
 * a repeated identifier costs neither a new string nor a second check. An open-addressing table;
 * not thread-safe (one per read and codec).
 */
final class TextCache {
  private char[][] keys = new char[64][];
  private int[] hashes = new int[64];
  private Object[] values = new Object[64];
  private int size;

  /** The hash of a text, as {@link #get} and {@link #put} use it (that of {@link String}). */
  static int hash(char[] text, int offset, int length) {
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  /** The value remembered for the text, or null. */
  Object get(char[] text, int offset, int length, int hash) {
    int mask = keys.length - 1;
    for (int i = spread(hash) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && matches(keys[i], text, offset, length)) {
        return values[i];
      }
    }
    return null;
  }

  /** Remembers a value for a text not yet in the table. */
  void put(char[] text, int offset, int length, int hash, Object value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(Arrays.copyOfRange(text, offset, offset + length), hash, value);
    size++;
  }

  private void insert(char[] key, int hash, Object value) {
    int mask = keys.length - 1;
    int i = spread(hash) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = hash;
    values[i] = value;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new char[oldKeys.length * 2][];
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean matches(char[] key, char[] text, int offset, int length) {
    return key.length == length && Arrays.equals(key, 0, length, text, offset, offset + length);
  }
}

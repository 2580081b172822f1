package org.clusteratlas.security.internal;

import java.security.SecureRandom;

/** Passwords made up for accounts nobody chose a password for: letters and digits. */
final class GeneratedPasswords {

  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private GeneratedPasswords() {}

  static String generate(int length) {
    char[] password = new char[length];
    for (int i = 0; i < length; i++) {
      password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(password);
  }
}

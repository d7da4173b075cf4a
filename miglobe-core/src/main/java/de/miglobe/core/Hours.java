package de.miglobe.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A non-negative number of working hours with at most two decimals (a quarter hour is {@code
 * 0.25}): the length of a session or a module, an hours budget, the practice a trainee logged.
 *
 * <p>Kept exactly as hundredths of an hour, so {@code 1.5} and {@code 1.50} are the same value and
 * sums never drift. {@code toString()} gives the shortest decimal form ({@code "1.5"}), which {@link
 * #parse(CharSequence)} reads back.
 */
public final class Hours implements Comparable<Hours> {

  /** No hours. */
  public static final Hours ZERO = new Hours(0);

  /** The largest amount accepted: 100,000 hours, far beyond any budget, to catch typing errors. */
  public static final long MAX_HUNDREDTHS = 10_000_000L;

  private final long hundredths;

  private Hours(long hundredths) {
    this.hundredths = hundredths;
  }

  /**
   * Hours from a decimal.
   *
   * @param hours the hours; not null, 0 to 100,000, at most two decimals
   * @return the hours
   * @throws InvalidValueException if the value is negative, too large or more precise than 0.01
   */
  public static Hours of(BigDecimal hours) {
    if (hours == null) {
      throw InvalidValueException.of("Hours", "must not be null");
    }
    if (hours.signum() < 0) {
      throw InvalidValueException.of("Hours", "must not be negative, was " + shown(hours));
    }
    // Range and precision are checked before setScale: setScale of 1E+99999999 would compute a
    // hundred-million-digit number, which lets one short text stall the caller for minutes.
    if (hours.compareTo(BigDecimal.valueOf(MAX_HUNDREDTHS, 2)) > 0) {
      throw InvalidValueException.of("Hours", "must not exceed 100000, was " + shown(hours));
    }
    if (hours.stripTrailingZeros().scale() > 2) {
      throw InvalidValueException.of(
          "Hours", "must have at most two decimals, was " + shown(hours));
    }
    BigDecimal scaled = hours.setScale(2, RoundingMode.UNNECESSARY);
    return ofHundredths(scaled.unscaledValue().longValueExact());
  }

  /** The value for a message: plain digits, or scientific notation where plain would be long. */
  private static String shown(BigDecimal value) {
    return Math.abs((long) value.precision() - value.scale()) > 12 || value.scale() > 12
        ? value.toString()
        : value.toPlainString();
  }

  /**
   * Whole hours.
   *
   * @param hours 0 to 100,000
   * @return the hours
   */
  public static Hours of(long hours) {
    return of(BigDecimal.valueOf(hours));
  }

  /**
   * Hours from hundredths of an hour ({@code 150} is 1.5 hours).
   *
   * @param hundredths 0 to {@link #MAX_HUNDREDTHS}
   * @return the hours
   */
  public static Hours ofHundredths(long hundredths) {
    if (hundredths < 0 || hundredths > MAX_HUNDREDTHS) {
      throw InvalidValueException.of(
          "Hours", "must be between 0 and 100000, was " + BigDecimal.valueOf(hundredths, 2));
    }
    return hundredths == 0 ? ZERO : new Hours(hundredths);
  }

  /**
   * Reads a decimal such as {@code "1.5"} or {@code "12"}.
   *
   * @param text the text; not null
   * @return the hours
   * @throws InvalidValueException if the text is not a decimal or out of range
   */
  public static Hours parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    try {
      return of(new BigDecimal(text.toString()));
    } catch (NumberFormatException e) {
      throw InvalidValueException.of("Hours", "must be a decimal number such as 1.5");
    }
  }

  /** @return the hours in hundredths of an hour */
  public long hundredths() {
    return hundredths;
  }

  /** @return the hours as a decimal with trailing zeros removed */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
  }

  /**
   * The sum.
   *
   * @param other the hours to add; not null
   * @return this plus {@code other}
   * @throws InvalidValueException if the sum exceeds the largest amount
   */
  public Hours plus(Hours other) {
    Objects.requireNonNull(other, "other");
    return ofHundredths(hundredths + other.hundredths);
  }

  @Override
  public int compareTo(Hours other) {
    return Long.compare(hundredths, other.hundredths);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hours && ((Hours) o).hundredths == hundredths;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(hundredths);
  }

  /** @return the shortest decimal form, for example {@code "1.5"} */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}

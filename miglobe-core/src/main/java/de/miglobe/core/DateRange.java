package de.miglobe.core;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A closed period of calendar days, from {@link #start()} to {@link #end()} inclusive: the period
 * of a qualification phase or the planned period of a consultation.
 *
 * <p>{@code toString()} gives {@code 2017-12-01/2018-09-28} (ISO-8601 interval form), which {@link
 * #parse(CharSequence)} reads back.
 */
public final class DateRange {

  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Builds a period.
   *
   * @param start the first day; not null
   * @param end the last day; not null, not before {@code start}
   * @return the period
   * @throws InvalidValueException if a day is missing or {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    if (start == null) {
      throw InvalidValueException.of("DateRange.start", "must not be null");
    }
    if (end == null) {
      throw InvalidValueException.of("DateRange.end", "must not be null");
    }
    if (end.isBefore(start)) {
      throw InvalidValueException.of(
          "DateRange.end", "must not be before start " + start + ", was " + end);
    }
    return new DateRange(start, end);
  }

  /**
   * Reads the form that {@link #toString()} writes: {@code yyyy-MM-dd/yyyy-MM-dd}.
   *
   * @param text the text; not null
   * @return the period
   * @throws InvalidValueException if the text is not of that form or the days are out of order
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.toString().split("/", -1);
    if (parts.length != 2) {
      throw InvalidValueException.of("DateRange", "must have the form yyyy-MM-dd/yyyy-MM-dd");
    }
    try {
      return of(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
    } catch (java.time.format.DateTimeParseException e) {
      throw InvalidValueException.of("DateRange", "must have the form yyyy-MM-dd/yyyy-MM-dd");
    }
  }

  /** @return the first day of the period */
  public LocalDate start() {
    return start;
  }

  /** @return the last day of the period (inclusive) */
  public LocalDate end() {
    return end;
  }

  /**
   * Whether the day lies in the period, both ends included.
   *
   * @param day the day; not null
   * @return true if {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * Whether the two periods share at least one day.
   *
   * @param other the other period; not null
   * @return true if they overlap
   */
  public boolean overlaps(DateRange other) {
    Objects.requireNonNull(other, "other");
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * The length of the period as years, months and days, counting the last day (so
   * 2018-01-01/2018-01-31 is one month).
   *
   * @return the length
   */
  public Period length() {
    return Period.between(start, end.plusDays(1));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange
        && ((DateRange) o).start.equals(start)
        && ((DateRange) o).end.equals(end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + end.hashCode();
  }

  /** @return {@code start/end} in ISO-8601 form */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}

package se.styrkedja.competence.result.control;

/** An exact rational for the audit; overflow throws instead of rounding. */
record Fraction(long num, long den) implements Comparable<Fraction> {

  static final Fraction ZERO = new Fraction(0, 1);
  static final Fraction ONE = new Fraction(1, 1);

  Fraction {
    if (den == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (den < 0) {
      num = Math.negateExact(num);
      den = Math.negateExact(den);
    }
    if (den != 1) {
      long g = gcd(Math.abs(num), den);
      if (g > 1) {
        num /= g;
        den /= g;
      }
    }
  }

  static Fraction of(long v) {
    return new Fraction(v, 1);
  }

  static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
  }

  boolean isZero() {
    return num == 0;
  }

  int signum() {
    return Long.signum(num);
  }

  Fraction add(Fraction o) {
    if (den == 1 && o.den == 1) {
      return new Fraction(Math.addExact(num, o.num), 1);
    }
    return new Fraction(
        Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
        Math.multiplyExact(den, o.den));
  }

  Fraction negate() {
    return new Fraction(Math.negateExact(num), den);
  }

  Fraction subtract(Fraction o) {
    return add(o.negate());
  }

  Fraction multiply(Fraction o) {
    if (num == 0 || o.num == 0) {
      return ZERO;
    }
    return new Fraction(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
  }

  Fraction divide(Fraction o) {
    return multiply(new Fraction(o.den, o.num));
  }

  long floor() {
    return Math.floorDiv(num, den);
  }

  long ceil() {
    return -Math.floorDiv(-num, den);
  }

  @Override
  public int compareTo(Fraction o) {
    return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
  }

  @Override
  public String toString() {
    return den == 1 ? Long.toString(num) : num + "/" + den;
  }
}

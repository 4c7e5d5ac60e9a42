package se.styrkedja.web.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import se.styrkedja.web.it.Api.Answer;

/**
 * For a change of access data a test makes in the database directly, as an operator with psql
 * would: a server that remembers the old data reads it again within TenantCache.FRESH (2 s), not at
 * once. So the test asks until the answer shows it, for at most {@link #WITHIN}, and then asserts
 * on that answer.
 */
final class Eventually {

  static final Duration WITHIN = Duration.ofSeconds(3);

  private Eventually() {}

  static Answer answer(Supplier<Answer> call, Predicate<Answer> shows) {
    long until = System.nanoTime() + WITHIN.toNanos();
    Answer answer = call.get();
    while (!shows.test(answer) && System.nanoTime() < until) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      answer = call.get();
    }
    return answer;
  }
}

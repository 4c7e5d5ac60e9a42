package se.styrkedja.core.caller;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The caller of the current request, set once by the web layer after the token is verified. */
@RequestScoped
public class CallerContext {

  private Caller caller;

  public void set(Caller caller) {
    if (this.caller != null) {
      throw new IllegalStateException("caller already set for this request");
    }
    this.caller = caller;
  }

  public Optional<Caller> current() {
    return Optional.ofNullable(caller);
  }

  /** The username for audit lines; {@code system} for work no person started. */
  public String actor() {
    return caller == null ? "system" : caller.username();
  }
}

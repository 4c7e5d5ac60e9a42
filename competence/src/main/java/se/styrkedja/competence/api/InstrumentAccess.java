package se.styrkedja.competence.api;

/**
 * Whether the caller reads or writes the municipality's self-assessment instruments, by the very
 * rules the instruments' use cases enforce, so the web app offers (in {@code /api/me}) only what
 * the server allows.
 */
public interface InstrumentAccess {

  /** Reads instruments: anyone who holds a role in the municipality, and every writer. */
  boolean readsInstruments();

  /** Creates, edits, publishes and discards them: the admin and the administration's leadership. */
  boolean writesInstruments();
}

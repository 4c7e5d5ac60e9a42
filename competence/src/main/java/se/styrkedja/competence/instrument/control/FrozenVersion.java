package se.styrkedja.competence.instrument.control;

import java.util.UUID;
import se.styrkedja.competence.instrument.entity.InstrumentContent;

/**
 * A published version of an instrument, as rounds and results read it: what it asks never changes.
 *
 * @param id the version's id (what a round refers to)
 * @param number 1, 2, ... within its instrument
 */
public record FrozenVersion(
    UUID id, UUID instrumentId, String instrumentName, int number, InstrumentContent content) {}

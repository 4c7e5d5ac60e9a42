package se.styrkedja.tenant.unit.boundary;

import java.util.UUID;

/** The answer to "is this unit inside that unit's subtree?" (a unit is inside its own). */
public record WithinView(UUID unit, UUID ancestor, boolean within) {}

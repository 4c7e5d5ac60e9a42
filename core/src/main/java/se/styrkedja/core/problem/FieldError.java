package se.styrkedja.core.problem;

/** One wrong field of a request: its name as the client sent it, and what is wrong with it. */
public record FieldError(String field, String message) {}

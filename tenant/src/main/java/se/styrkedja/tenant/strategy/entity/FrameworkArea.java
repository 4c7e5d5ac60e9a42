package se.styrkedja.tenant.strategy.entity;

/** One area of a framework, with its code as mappings store it and its names in both languages. */
public record FrameworkArea(String code, String sv, String en) {}

package se.styrkedja.core.persistence;

import java.util.List;
import se.styrkedja.core.tenant.TenantId;

/**
 * The schema is up to date and demo data is wanted ({@code styrkedja.demo=true}) for these tenants.
 * Each feature that has demo data observes it and adds its own, through {@code AsTenant}, when the
 * tenant has none yet; observers order themselves with {@code @Priority}.
 */
public record DemoDataRequested(List<TenantId> tenants) {}

package se.styrkedja.core.persistence;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Base of every tenant-owned entity. EclipseLink adds {@code tenant_id = :tenant} to every read and
 * writes {@code tenant_id} on every insert, from the tenant bound to the entity manager by {@link
 * TenantEntityManager}. The column is {@code NOT NULL} in every table.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
    length = 63)
public abstract class TenantOwned {}

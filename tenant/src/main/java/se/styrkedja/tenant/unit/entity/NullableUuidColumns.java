package se.styrkedja.tenant.unit.entity;

import java.sql.Types;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * EclipseLink binds a null UUID as a null VARCHAR, which PostgreSQL refuses for a {@code uuid}
 * column; declared as {@link Types#OTHER}, the null is sent untyped and the column's type applies.
 * Values that are not null are bound as before.
 */
public class NullableUuidColumns implements DescriptorCustomizer {

  @Override
  public void customize(ClassDescriptor descriptor) {
    descriptor.getMappingForAttributeName("parentId").getField().setSqlType(Types.OTHER);
  }
}

package se.styrkedja.tenant.role.entity;

import java.sql.Types;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * A tenant-wide assignment has no unit: its null is bound untyped, so that PostgreSQL takes it for
 * the {@code uuid} column (as {@code NullableUuidColumns} does for a unit's parent).
 */
public class AssignmentUnitColumn implements DescriptorCustomizer {

  @Override
  public void customize(ClassDescriptor descriptor) {
    descriptor.getMappingForAttributeName("unitId").getField().setSqlType(Types.OTHER);
  }
}

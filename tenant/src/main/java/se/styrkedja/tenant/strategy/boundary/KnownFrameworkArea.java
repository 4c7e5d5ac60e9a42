package se.styrkedja.tenant.strategy.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.styrkedja.tenant.strategy.entity.Framework;

/**
 * A mapping names a framework of the catalogue and one of its areas; the error names the field that
 * is wrong ({@code framework} or {@code areaCode}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownFrameworkArea.Check.class)
public @interface KnownFrameworkArea {

  String message() default "is not in the framework catalogue (GET strategies/frameworks)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<KnownFrameworkArea, MappingRequest> {
    @Override
    public boolean isValid(MappingRequest m, ConstraintValidatorContext context) {
      if (m == null || m.framework() == null || m.areaCode() == null) {
        return true; // @NotBlank says so
      }
      String wrong;
      if (Framework.named(m.framework()).isEmpty()) {
        wrong = "framework";
      } else if (!Framework.knows(m.framework(), m.areaCode())) {
        wrong = "areaCode";
      } else {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode(wrong)
          .addConstraintViolation();
      return false;
    }
  }
}

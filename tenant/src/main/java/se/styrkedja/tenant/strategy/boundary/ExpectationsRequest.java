package se.styrkedja.tenant.strategy.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What is expected of one role level, in order. The first write for a level sends no version; a
 * later one sends the version it was based on.
 */
public record ExpectationsRequest(
    @NotNull(message = "is required: the list of statements (it may be empty)")
        @Size(max = 50, message = "at most 50 statements")
        List<
                @NotBlank(message = "must not be blank")
                @Size(max = 1000, message = "at most 1000 characters")
                @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String>
            statements,
    Long version) {}

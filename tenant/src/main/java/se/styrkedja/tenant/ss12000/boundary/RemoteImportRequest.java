package se.styrkedja.tenant.ss12000.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * An import from a remote SS 12000 API: its base URL (the endpoints are below it), the bearer
 * token, and for an incremental import the time of the last one ({@code meta.modified.after}).
 */
public record RemoteImportRequest(
    @NotBlank(message = "is required")
        @Size(max = 1000, message = "must be at most 1000 characters")
        String baseUrl,
    @NotBlank(message = "is required")
        @Size(max = 8000, message = "must be at most 8000 characters")
        String token,
    OffsetDateTime modifiedAfter) {

  /** A restart may bring the token again (the server keeps it in memory only). */
  public record Restart(
      @Size(max = 8000, message = "must be at most 8000 characters") String token) {}
}

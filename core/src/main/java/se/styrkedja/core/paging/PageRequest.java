package se.styrkedja.core.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code offset} and {@code limit} query parameters of every list, validated once: a resource
 * takes {@code @BeanParam @Valid PageRequest page}. A wrong value is named in the problem's {@code
 * errors[]} as {@code offset} or {@code limit}.
 */
public class PageRequest {

  @QueryParam("offset")
  @DefaultValue("0")
  @Min(value = 0, message = "must be 0 or more")
  int offset;

  @QueryParam("limit")
  @DefaultValue("" + Page.DEFAULT_LIMIT)
  @Min(value = 1, message = "must be 1 or more")
  @Max(value = Page.MAX_LIMIT, message = "must be at most " + Page.MAX_LIMIT)
  int limit;

  public int offset() {
    return offset;
  }

  public int limit() {
    return limit;
  }
}

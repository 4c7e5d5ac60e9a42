package se.styrkedja.tenant.ss12000.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.core.csv.Csv;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.paging.PageRequest;
import se.styrkedja.tenant.api.TenantProblemCode;
import se.styrkedja.tenant.ss12000.control.ImportRuns;
import se.styrkedja.tenant.ss12000.control.Imports;
import se.styrkedja.tenant.ss12000.control.InvalidImport;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.ss12000.entity.ImportRejection;
import se.styrkedja.tenant.ss12000.entity.RecordType;

/**
 * SS 12000 imports of organisations, persons and duties (municipality admin only). Another tenant's
 * import answers 404.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "SS 12000 import of organisations, persons and duties")
public class ImportsResource {

  /** Larger uploads are refused: 10,000 persons with duties are about 5 MB. */
  static final int MAX_BYTES = 100 * 1024 * 1024;

  @Inject Imports imports;
  @Inject ImportRuns runs;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Import an uploaded SS 12000 data set (multipart files)",
      description =
          "Parts named by file: organisations.json, persons.json, duties.json (expose format), or"
              + " one zip of them. Answers 202 with the import; follow it with GET.")
  public Response uploadParts(List<EntityPart> parts, @Context UriInfo uri) {
    Map<RecordType, Imports.Upload> files = new EnumMap<>(RecordType.class);
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      String name = part.getFileName().orElse(part.getName());
      try (InputStream in = part.getContent()) {
        byte[] bytes = read(in);
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
          files.putAll(unzip(bytes));
        } else {
          add(files, name, bytes);
        }
      } catch (IOException e) {
        throw new InvalidImport(
            "files", TenantProblemCode.IMPORT_FILE_UNREADABLE, name + " could not be read");
      }
    }
    return started(runs.start(imports.upload(files)), uri);
  }

  @POST
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Import an uploaded SS 12000 data set (a zip)",
      description = "A zip of organisations.json, persons.json and duties.json. Answers 202.")
  public Response uploadZip(InputStream body, @Context UriInfo uri) {
    try {
      return started(runs.start(imports.upload(unzip(read(body)))), uri);
    } catch (IOException e) {
      throw new InvalidImport(
          "files", TenantProblemCode.IMPORT_FILE_UNREADABLE, "the upload could not be read");
    }
  }

  @POST
  @Path("remote")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import from a remote SS 12000 API (paged, bearer token)",
      description =
          "modifiedAfter makes it incremental (meta.modified.after); deletions come from"
              + " /deletedEntities. The token is kept in memory only. Answers 202.")
  public Response remote(
      @NotNull(message = "a JSON body is required") @Valid RemoteImportRequest request,
      @Context UriInfo uri) {
    ImportJob job =
        imports.remote(
            request.baseUrl().strip(),
            request.token().strip(),
            request.modifiedAfter() == null ? null : request.modifiedAfter().toInstant());
    return started(runs.start(job), uri);
  }

  @GET
  @Operation(operationId = "listImports", summary = "The imports, newest first")
  public Page<ImportView> list(@BeanParam @Valid PageRequest page) {
    return imports.list(page.offset(), page.limit()).map(ImportView::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getImport",
      summary = "One import: status, step, read, written, skipped, percent")
  public ImportView get(@PathParam("id") UUID id) {
    return ImportView.of(imports.get(id));
  }

  @GET
  @Path("{id}/rejections")
  @Produces("text/csv")
  @Operation(summary = "The records the import skipped, as CSV: record type, id, reason")
  public Response rejections(@PathParam("id") UUID id) {
    List<ImportRejection> rejected = imports.rejections(id);
    StreamingOutput csv =
        out -> {
          Csv rows = Csv.rfc4180(out).row("recordType", "id", "code", "reason");
          for (ImportRejection r : rejected) {
            rows.row(r.recordType().entityName(), r.recordId(), r.code(), r.reason());
          }
          rows.flush();
        };
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"rejections-" + id + ".csv\"")
        .build();
  }

  @POST
  @Path("{id}/restart")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Restart a failed or stopped import from where it stopped",
      description =
          "The body may give the token of a remote import again (needed after a server restart)."
              + " A running or completed import answers 409.")
  public Response restart(
      @PathParam("id") UUID id, @Valid RemoteImportRequest.Restart request, @Context UriInfo uri) {
    ImportJob job = runs.restart(id, request == null ? null : request.token());
    return Response.accepted(ImportView.of(job)).build();
  }

  @POST
  @Path("{id}/stop")
  @Operation(
      summary = "Stop a running import after its current chunk",
      description = "It can be restarted later. An import that is not running answers 409.")
  public Response stop(@PathParam("id") UUID id) {
    return Response.accepted(ImportView.of(runs.stop(id))).build();
  }

  private static Response started(ImportJob job, UriInfo uri) {
    return Response.accepted(ImportView.of(job))
        .location(uri.getBaseUriBuilder().path("imports").path(job.id().toString()).build())
        .build();
  }

  private static byte[] read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new InvalidImport(
          "files", TenantProblemCode.IMPORT_TOO_LARGE, "the upload is larger than 100 MB");
    }
    return bytes;
  }

  private static Map<RecordType, Imports.Upload> unzip(byte[] zip) {
    Map<RecordType, Imports.Upload> files = new EnumMap<>(RecordType.class);
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      boolean any = false;
      while ((entry = in.getNextEntry()) != null) {
        any = true;
        if (entry.isDirectory()) {
          continue;
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        total += bytes.length;
        if (total > MAX_BYTES) {
          throw new InvalidImport(
              "files", TenantProblemCode.IMPORT_TOO_LARGE, "the zip unpacks to more than 100 MB");
        }
        add(files, entry.getName(), bytes);
      }
      if (!any) {
        throw new InvalidImport("files", TenantProblemCode.IMPORT_NOT_A_ZIP, "is not a zip file");
      }
    } catch (ZipException e) {
      throw new InvalidImport("files", TenantProblemCode.IMPORT_NOT_A_ZIP, "is not a zip file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Files are told apart by name; other files are ignored. */
  private static void add(Map<RecordType, Imports.Upload> files, String path, byte[] bytes) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    for (RecordType type : RecordType.values()) {
      if (lower.startsWith(type.plural()) && lower.endsWith(".json")) {
        if (files.containsKey(type)) {
          throw new InvalidImport(
              "files",
              TenantProblemCode.IMPORT_FILE_TWICE,
              "more than one file of " + type.plural());
        }
        files.put(type, new Imports.Upload(name, new String(bytes, StandardCharsets.UTF_8)));
      }
    }
  }
}

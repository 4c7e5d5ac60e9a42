package se.styrkedja.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

/** What the document filter makes of a small document, as a generated client would read it. */
class ApiDocumentFilterTest {

  @Test
  void aResponseOnlyRecordRequiresEveryComponentButTheNullableOnes() {
    OpenAPI api = document();
    new ApiDocumentFilter().filterOpenAPI(api);

    Schema note = api.getComponents().getSchemas().get("NoteView");
    assertEquals(List.of("id", "title", "tags"), note.getRequired());
    // reached through the note only: its own components are required too
    assertEquals(List.of("name"), api.getComponents().getSchemas().get("Tag").getRequired());
  }

  @Test
  void aRecordThatRequestsAlsoUseKeepsOnlyWhatValidationRequires() {
    OpenAPI api = document();
    new ApiDocumentFilter().filterOpenAPI(api);

    assertEquals(
        List.of("title"), api.getComponents().getSchemas().get("NoteContent").getRequired());
    assertNull(api.getComponents().getSchemas().get("NoteRequest").getRequired());
  }

  @Test
  void aListOfAFewWordsIsAListOfThoseWords() {
    OpenAPI api = document();
    new ApiDocumentFilter().filterOpenAPI(api);

    Schema allowed =
        api.getComponents().getSchemas().get("NoteView").getProperties().get("allowed");
    assertNull(allowed.getEnumeration());
    assertEquals(List.of("edit", "delete"), allowed.getItems().getEnumeration());
  }

  @Test
  void aNullableEnumerationOfWordsIsAString() {
    OpenAPI api = document();
    new ApiDocumentFilter().filterOpenAPI(api);

    Schema status = api.getComponents().getSchemas().get("NoteView").getProperties().get("status");
    assertEquals(SchemaType.STRING, status.getType());
    assertEquals(List.of("DRAFT", "DONE"), status.getEnumeration());
  }

  @Test
  void aNullableIdIsANullableStringOfFormatUuid() {
    OpenAPI api = document();
    new ApiDocumentFilter().filterOpenAPI(api);

    Schema parent =
        api.getComponents().getSchemas().get("NoteView").getProperties().get("parentId");
    assertNull(parent.getAllOf());
    assertEquals(SchemaType.STRING, parent.getType());
    assertEquals("uuid", parent.getFormat());
    assertEquals(Boolean.TRUE, parent.getNullable());
  }

  /**
   * GET /notes/{id} answers a NoteView (with Tags and a NoteContent); POST /notes takes a
   * NoteRequest, which holds a NoteContent too.
   */
  private static OpenAPI document() {
    Schema tag = object().addProperty("name", string());
    Schema content =
        object()
            .addProperty("title", string())
            .addProperty("body", string())
            .required(List.of("title"));
    Schema note =
        object()
            .addProperty("id", string())
            .addProperty("title", string())
            .addProperty("body", string().nullable(true))
            .addProperty("tags", array(ref("Tag")))
            .addProperty("content", ref("NoteContent").nullable(true))
            .addProperty(
                "parentId",
                string().nullable(true).allOf(List.of(ref("#/components/schemas/UUID"))))
            .addProperty("status", object().enumeration(List.of("DRAFT", "DONE")).nullable(true))
            .addProperty(
                "allowed",
                OASFactory.createSchema()
                    .type(SchemaType.ARRAY)
                    .items(string())
                    .enumeration(List.of("edit", "delete"))
                    .nullable(true));
    Schema request = object().addProperty("content", ref("NoteContent"));
    var problem =
        OASFactory.createContent()
            .addMediaType(
                "application/problem+json", OASFactory.createMediaType().schema(object()));
    var components =
        OASFactory.createComponents()
            .addSchema("Tag", tag)
            .addSchema("UUID", string().format("uuid"))
            .addSchema("NoteContent", content)
            .addSchema("NoteView", note)
            .addSchema("NoteRequest", request);
    ApiDocumentFilter.PROBLEMS
        .values()
        .forEach(
            name -> components.addResponse(name, OASFactory.createAPIResponse().content(problem)));
    PathItem one =
        OASFactory.createPathItem()
            .GET(
                OASFactory.createOperation()
                    .responses(
                        OASFactory.createAPIResponses()
                            .addAPIResponse(
                                "200",
                                OASFactory.createAPIResponse()
                                    .content(
                                        OASFactory.createContent()
                                            .addMediaType(
                                                "application/json",
                                                OASFactory.createMediaType()
                                                    .schema(ref("NoteView")))))));
    PathItem all =
        OASFactory.createPathItem()
            .POST(
                OASFactory.createOperation()
                    .requestBody(
                        OASFactory.createRequestBody()
                            .content(
                                OASFactory.createContent()
                                    .addMediaType(
                                        "application/json",
                                        OASFactory.createMediaType().schema(ref("NoteRequest"))))));
    return OASFactory.createOpenAPI()
        .components(components)
        .paths(OASFactory.createPaths().addPathItem("/notes/{id}", one).addPathItem("/notes", all));
  }

  private static Schema object() {
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  private static Schema string() {
    return OASFactory.createSchema().type(SchemaType.STRING);
  }

  private static Schema array(Schema items) {
    return OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
  }

  private static Schema ref(String name) {
    return OASFactory.createSchema().ref(name);
  }
}

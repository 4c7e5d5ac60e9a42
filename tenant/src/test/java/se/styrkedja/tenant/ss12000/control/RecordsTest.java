package se.styrkedja.tenant.ss12000.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.ss12000.entity.RecordType;

class RecordsTest {

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readValue();
  }

  @Test
  void aFileHasItsListUnderThePluralOrUnderDataWithTheNextPageToken() {
    assertEquals(2, Records.page("{\"persons\":[{},{}]}", RecordType.PERSON).records().size());
    Records.PageOf page = Records.page("{\"data\":[{}],\"pageToken\":\"abc\"}", RecordType.DUTY);
    assertEquals(1, page.records().size());
    assertEquals("abc", page.nextToken());
    assertNull(Records.page("{\"data\":[],\"pageToken\":null}", RecordType.DUTY).nextToken());
  }

  @Test
  void whatIsNotADataSetIsRefusedSayingWhy() {
    assertThrows(Records.NotADataSet.class, () -> Records.page("nope", RecordType.PERSON));
    assertThrows(Records.NotADataSet.class, () -> Records.page("[]", RecordType.PERSON));
    Records.NotADataSet e =
        assertThrows(
            Records.NotADataSet.class, () -> Records.page("{\"duties\":[]}", RecordType.PERSON));
    assertEquals("has no list 'persons' (or 'data')", e.getMessage());
  }

  @Test
  void organisationTypesMapToUnitTypes() {
    Records.Organisation school =
        valid(
            Records.organisation(
                json(
                    "{'id':'a','displayName':'Skola','schoolUnitCode':'12345678',"
                        + "'organisationType':'Skolenhet','schoolTypes':['GR','FKLASS']}")));
    assertEquals(UnitType.SCHOOL_UNIT, school.type());
    assertEquals(Set.of(SchoolType.GR, SchoolType.FKLASS), school.schoolForms());
    assertEquals("12345678", school.schoolUnitCode());
    Records.Organisation preschool =
        valid(
            Records.organisation(
                json(
                    "{'id':'b','displayName':'F','schoolUnitCode':'87654321','schoolTypes':['FS']}")));
    assertEquals(UnitType.PRESCHOOL_UNIT, preschool.type());
    Records.Organisation owner =
        valid(
            Records.organisation(
                json(
                    "{'id':'c','displayName':'Kommunen','schoolUnitCode':'',"
                        + "'organisationType':'Huvudman','schoolTypes':['GR']}")));
    assertEquals(UnitType.ADMINISTRATION, owner.type());
    assertNull(owner.schoolUnitCode());
    assertEquals(Set.of(), owner.schoolForms());
    assertEquals(
        UnitType.DEPARTMENT,
        valid(Records.organisation(json("{'id':'d','displayName':'IT'}"))).type());
  }

  @Test
  void everyOrganisationTypeOfTheStandardIsTakenAndKeptAsGiven() {
    // SS 12000 v2's OrganisationTypeEnum, as ../shared/ss12000/README.md lists it.
    Map<String, UnitType> standard = new LinkedHashMap<>();
    standard.put("Huvudman", UnitType.ADMINISTRATION);
    standard.put("Verksamhetsområde", UnitType.SCHOOL_FORM_AREA);
    standard.put("Förvaltning", UnitType.ADMINISTRATION);
    standard.put("Rektorsområde", UnitType.SCHOOL_FORM_AREA);
    standard.put("Skola", UnitType.SCHOOL_FORM_AREA);
    standard.put("Skolenhet", UnitType.SCHOOL_UNIT);
    standard.put("Varumärke", UnitType.DEPARTMENT);
    standard.put("Bolag", UnitType.DEPARTMENT);
    standard.put("Övrigt", UnitType.DEPARTMENT);
    standard.forEach(
        (type, unitType) -> {
          Records.Organisation o =
              valid(
                  Records.organisation(
                      json(
                          "{'id':'x','displayName':'Enhet','organisationType':'"
                              + type
                              + "','parentOrganisation':{'id':'p'},'municipalityCode':'0127',"
                              + "'meta':{'created':'2025-01-01T00:00:00Z'}}")));
          assertEquals(unitType, o.type(), type);
          assertEquals(type, o.organisationType());
          assertEquals("p", o.parentId());
        });
    assertEquals(
        List.copyOf(standard.keySet()),
        Arrays.stream(OrganisationType.values()).map(OrganisationType::value).toList());
    assertNull(
        valid(Records.organisation(json("{'id':'d','displayName':'IT'}"))).organisationType());
  }

  @Test
  void badOrganisationsAreRefusedWithTheirReason() {
    assertEquals("id is missing", refused(Records.organisation(json("{'displayName':'x'}"))));
    assertEquals("displayName is missing", refused(Records.organisation(json("{'id':'x'}"))));
    assertEquals(
        "schoolUnitCode must be 8 digits: 12ab",
        refused(
            Records.organisation(json("{'id':'x','displayName':'y','schoolUnitCode':'12ab'}"))));
    assertEquals(
        "organisationType: unknown type Slott (SS 12000 has Huvudman, Verksamhetsområde,"
            + " Förvaltning, Rektorsområde, Skola, Skolenhet, Varumärke, Bolag, Övrigt)",
        refused(
            Records.organisation(json("{'id':'x','displayName':'y','organisationType':'Slott'}"))));
    assertEquals(
        "tenant.import.unknown-value",
        assertInstanceOf(
                Records.Refused.class,
                Records.organisation(
                    json("{'id':'x','displayName':'y','organisationType':'Slott'}")))
            .code());
    assertEquals("not a JSON object", refused(Records.organisation(json("[1]"))));
  }

  @Test
  void organisationsComeParentsFirstWhateverTheOrderOfTheSource() {
    List<Records.Ordered> ordered =
        Records.parentsFirst(
            List.of(
                org("skolenhet", "Skolenhet", "rektorsomrade"),
                org("rektorsomrade", "Rektorsområde", "verksamhetsomrade"),
                org("bolag", "Bolag", "huvudman"),
                org("verksamhetsomrade", "Verksamhetsområde", "forvaltning"),
                org("forvaltning", "Förvaltning", "huvudman"),
                org("huvudman", "Huvudman", null)));
    assertEquals(
        List.of(
            "huvudman", "forvaltning", "verksamhetsomrade", "rektorsomrade", "skolenhet", "bolag"),
        ids(ordered));
    assertTrue(ordered.stream().allMatch(o -> o.lineage() == Records.Lineage.IN_ORDER));
  }

  @Test
  void aParentOutsideTheDataSetAndALoopAreToldAndOrderNothingElse() {
    List<Records.Ordered> ordered =
        Records.parentsFirst(
            List.of(
                org("a", "Skolenhet", "b"),
                org("orphan", "Skolenhet", "not-in-the-data-set"),
                org("b", "Rektorsområde", "a"),
                json("[1]"),
                org("self", "Övrigt", "self"),
                org("c", "Skolenhet", "b")));
    assertEquals(
        Arrays.asList("a", "b", "orphan", null, "self", "c"), ids(ordered), ordered::toString);
    assertEquals(
        List.of(
            Records.Lineage.LOOP,
            Records.Lineage.IN_ORDER,
            Records.Lineage.PARENT_OUTSIDE,
            Records.Lineage.IN_ORDER,
            Records.Lineage.LOOP,
            Records.Lineage.IN_ORDER),
        ordered.stream().map(Records.Ordered::lineage).toList());
  }

  @Test
  void aTopHuvudmanComesFirstThenATopForvaltningAndTheOrderIsTheSameEachTime() {
    List<JsonValue> records =
        List.of(
            org("school", "Skolenhet", null),
            org("admin", "Förvaltning", null),
            org("owner", "Huvudman", null),
            org("unit", "Skolenhet", "admin"));
    assertEquals(List.of("owner", "admin", "school", "unit"), ids(Records.parentsFirst(records)));
    assertEquals(Records.parentsFirst(records), Records.parentsFirst(records));
  }

  @Test
  void aLongChainOfParentsGivenChildrenFirstIsOrderedWithoutRecursion() {
    List<JsonValue> records = new ArrayList<>();
    for (int i = 20_000; i > 0; i--) {
      records.add(org("o" + i, "Övrigt", "o" + (i - 1)));
    }
    records.add(org("o0", "Huvudman", null));
    List<Records.Ordered> ordered = Records.parentsFirst(records);
    assertEquals("o0", Records.idOf(ordered.get(0).record()));
    assertEquals("o20000", Records.idOf(ordered.get(20_000).record()));
  }

  private static JsonValue org(String id, String type, String parent) {
    return json(
        "{'id':'"
            + id
            + "','displayName':'"
            + id
            + "','organisationType':'"
            + type
            + "'"
            + (parent == null ? "" : ",'parentOrganisation':{'id':'" + parent + "'}")
            + "}");
  }

  private static List<String> ids(List<Records.Ordered> ordered) {
    return ordered.stream().map(o -> Records.idOf(o.record())).toList();
  }

  @Test
  void aPersonsWorkEmailIsPreferredAndLowerCased() {
    Records.Person p =
        valid(
            Records.person(
                json(
                    "{'id':'p','givenName':'Anna','familyName':'Berg',"
                        + "'eduPersonPrincipalNames':['anna@kommun.se'],"
                        + "'emails':[{'value':'anna@privat.se','type':'Privat'},"
                        + "{'value':'Anna.Berg@Kommun.se','type':'Skola personal'}]}")));
    assertEquals("anna@kommun.se", p.principalName());
    assertEquals("anna.berg@kommun.se", p.email());
    assertEquals(
        "familyName is missing", refused(Records.person(json("{'id':'p','givenName':'A'}"))));
  }

  @Test
  void dutiesNeedAKnownRoleAndAPeriodThatRunsForward() {
    Records.Duty d =
        valid(
            Records.duty(
                json(
                    "{'id':'d','person':{'id':'p'},'dutyAt':{'id':'o'},'dutyRole':'Rektor',"
                        + "'startDate':'2025-08-01'}")));
    assertEquals(LocalDate.of(2025, 8, 1), d.startDate());
    assertNull(d.endDate());
    assertEquals(
        "dutyRole: unknown duty role Kung",
        refused(
            Records.duty(
                json("{'id':'d','person':{'id':'p'},'dutyAt':{'id':'o'},'dutyRole':'Kung'}"))));
    assertEquals(
        "endDate 2025-01-01 is before startDate 2026-01-01",
        refused(
            Records.duty(
                json(
                    "{'id':'d','person':{'id':'p'},'dutyAt':{'id':'o'},'dutyRole':'Lärare',"
                        + "'startDate':'2026-01-01','endDate':'2025-01-01'}"))));
    assertEquals(
        "dutyAt is missing",
        refused(Records.duty(json("{'id':'d','person':{'id':'p'},'dutyRole':'Lärare'}"))));
  }

  @Test
  void dutyRolesMapToLevelsOfTheChain() {
    assertEquals(Optional.of("rektor"), Records.levelOf("Rektor"));
    assertEquals(Optional.of("forskolechef"), Records.levelOf("Förskolechef"));
    assertEquals(Optional.of("larare"), Records.levelOf("Förskollärare"));
    assertEquals(Optional.empty(), Records.levelOf("Skolsköterska"));
  }

  @SuppressWarnings("unchecked")
  private static <T> T valid(Records.Read<T> read) {
    return ((Records.Valid<T>) assertInstanceOf(Records.Valid.class, read, read::toString))
        .record();
  }

  private static String refused(Records.Read<?> read) {
    return assertInstanceOf(Records.Refused.class, read, read::toString).reason();
  }
}

package se.styrkedja.tenant.ss12000.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
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
  void badOrganisationsAreRefusedWithTheirReason() {
    assertEquals("id is missing", refused(Records.organisation(json("{'displayName':'x'}"))));
    assertEquals("displayName is missing", refused(Records.organisation(json("{'id':'x'}"))));
    assertEquals(
        "schoolUnitCode must be 8 digits: 12ab",
        refused(
            Records.organisation(json("{'id':'x','displayName':'y','schoolUnitCode':'12ab'}"))));
    assertEquals(
        "organisationType: unknown type Slott",
        refused(
            Records.organisation(json("{'id':'x','displayName':'y','organisationType':'Slott'}"))));
    assertEquals("not a JSON object", refused(Records.organisation(json("[1]"))));
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

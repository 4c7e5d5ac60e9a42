package se.styrkedja.competence.instrument.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.instrument.entity.InstrumentContent.FrameworkAreaRef;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Item;
import se.styrkedja.competence.instrument.entity.InstrumentContent.ItemType;
import se.styrkedja.competence.instrument.entity.InstrumentContent.LevelStatement;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Scale;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Section;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Texts;

/**
 * The built-in instruments a municipality copies and edits. Their structure follows LIKA, SELFIE
 * and DigCompEdu (areas, a 1-5 scale, six levels A1-C2); every text is our own. Each section and
 * item has a fixed key, derived from the template and a name that never changes, so every copy of a
 * template, in any municipality and any version, can be compared item by item.
 */
@ApplicationScoped
public class InstrumentTemplates {

  /** A built-in template: what a copy starts from. */
  public record Template(String key, Texts name, Texts description, InstrumentContent content) {

    public int sectionCount() {
      return content.sections().size();
    }

    public int itemCount() {
      return (int) content.items().count();
    }
  }

  public static final String DIGITAL_LEADERSHIP = "digital-leadership";
  public static final String TEACHER_DIGCOMPEDU = "teacher-digcompedu";

  /** Built on first use, after the constants the templates are made of. */
  private static final class Built {
    static final List<Template> TEMPLATES = List.of(digitalLeadership(), teacherDigCompEdu());
  }

  public List<Template> list() {
    return Built.TEMPLATES;
  }

  public Template find(String key) {
    return Built.TEMPLATES.stream()
        .filter(t -> t.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new TemplateNotFound(key));
  }

  /** The fixed key of a template's section or item: the same in every copy, for good. */
  static UUID key(String template, String name) {
    return UUID.nameUUIDFromBytes(
        ("styrkedja/instrument-template/" + template + "/" + name)
            .getBytes(StandardCharsets.UTF_8));
  }

  private static Texts t(String sv, String en) {
    return new Texts(sv, en);
  }

  private static FrameworkAreaRef f(String framework, String area) {
    return new FrameworkAreaRef(framework, area);
  }

  // Digital leadership ----------------------------------------------------------------------

  private static final Scale AGREEMENT =
      new Scale(
          1, 5, t("Stämmer inte alls", "Not at all true"), t("Stämmer helt", "Completely true"));

  private static final List<String> LEADERS = List.of("rektor", "forskolechef");

  private static Template digitalLeadership() {
    String k = DIGITAL_LEADERSHIP;
    List<Section> sections = new ArrayList<>();
    sections.add(
        leadershipSection(
            k,
            "vision",
            t("Vision och strategi", "Vision and strategy"),
            List.of(f("LIKA", "LEDNING"), f("SELFIE", "A")),
            t(
                "Vi har en gemensam bild av vad digitaliseringen ska göra för barnens och elevernas"
                    + " lärande.",
                "We share a picture of what digitalisation should do for children's and pupils'"
                    + " learning."),
            t(
                "Verksamhetens digitala utveckling finns i vår lokala handlingsplan, med mål vi kan"
                    + " följa upp.",
                "The digital development of our operation is in our local action plan, with goals"
                    + " we can follow up."),
            t(
                "Personalen har varit med och format hur vi använder digitala verktyg.",
                "Staff have helped shape how we use digital tools."),
            t(
                "Jag kan förklara för personalen varför vi satsar på det vi satsar på digitalt.",
                "I can explain to staff why we invest in the digital things we invest in.")));
    sections.add(
        leadershipSection(
            k,
            "resources",
            t("Organisation och resurser", "Organisation and resources"),
            List.of(f("LIKA", "INFRASTRUKTUR"), f("SELFIE", "C")),
            t(
                "Barn, elever och personal har fungerande enheter när verksamheten behöver dem.",
                "Children, pupils and staff have working devices when the work needs them."),
            t(
                "Nätverk och uppkoppling räcker för det vi vill göra.",
                "The network and connection are enough for what we want to do."),
            t(
                "Det är tydligt vem som hjälper till när tekniken krånglar, och hjälpen kommer i"
                    + " tid.",
                "It is clear who helps when technology fails, and help comes in time."),
            t(
                "Personalen känner till våra rutiner för dataskydd och informationssäkerhet.",
                "Staff know our routines for data protection and information security.")));
    sections.add(
        leadershipSection(
            k,
            "competence",
            t("Kompetensutveckling", "Competence development"),
            List.of(f("LIKA", "KOMPETENS"), f("SELFIE", "D")),
            t(
                "Vi vet vilken digital kompetens personalen behöver utveckla.",
                "We know which digital competence staff need to develop."),
            t(
                "Personalen har avsatt tid för att lära sig och pröva nya arbetssätt.",
                "Staff have time set aside to learn and try new ways of working."),
            t(
                "Kollegor delar erfarenheter av digitala arbetssätt med varandra.",
                "Colleagues share experience of digital ways of working with each other."),
            t(
                "Jag utvecklar min egen digitala kompetens som ledare.",
                "I develop my own digital competence as a leader.")));
    sections.add(
        leadershipSection(
            k,
            "teaching",
            t("Undervisning och lärande", "Teaching and learning"),
            List.of(f("LIKA", "ANVANDNING"), f("SELFIE", "E"), f("SELFIE", "F")),
            t(
                "Digitala verktyg används där de gör skillnad för lärandet.",
                "Digital tools are used where they make a difference to learning."),
            t(
                "Barn och elever lär sig använda digitala verktyg kritiskt, säkert och"
                    + " ansvarsfullt.",
                "Children and pupils learn to use digital tools critically, safely and"
                    + " responsibly."),
            t(
                "Digitala verktyg hjälper oss att möta barnens och elevernas olika behov.",
                "Digital tools help us meet children's and pupils' different needs."),
            t(
                "Vi använder digitala verktyg för att ge återkoppling på lärandet.",
                "We use digital tools to give feedback on learning.")));
    sections.add(
        leadershipSection(
            k,
            "follow-up",
            t("Uppföljning och utvärdering", "Follow-up and evaluation"),
            List.of(f("LIKA", "LEDNING"), f("SELFIE", "A"), f("SELFIE", "B")),
            t(
                "Vi följer upp om våra digitala satsningar når de mål vi har satt.",
                "We follow up whether our digital investments reach the goals we set."),
            t(
                "Det vi ser i uppföljningen leder till beslut om nästa steg.",
                "What we see in follow-up leads to decisions on next steps."),
            t(
                "Vårdnadshavare, barn och elever får komma till tals om vårt digitala arbete.",
                "Guardians, children and pupils have a say in our digital work."),
            t(
                "Vi lär av andra skolor och förskolor i deras digitala arbete.",
                "We learn from other schools and preschools in their digital work.")));
    return new Template(
        k,
        t("Digitalt ledarskap – självskattning", "Digital leadership – self-assessment"),
        t(
            "För rektorer och förskolechefer: hur långt har verksamheten kommit i sin digitala"
                + " utveckling, område för område? Underlag för den lokala handlingsplanen.",
            "For principals and preschool heads: how far has the operation come in its digital"
                + " development, area by area? Evidence for the local action plan."),
        new InstrumentContent(sections));
  }

  private static Section leadershipSection(
      String template,
      String name,
      Texts title,
      List<FrameworkAreaRef> frameworks,
      Texts... statements) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < statements.length; i++) {
      items.add(
          new Item(
              key(template, name + "/" + (i + 1)),
              ItemType.SCALE,
              statements[i],
              null,
              AGREEMENT,
              List.of(),
              true,
              true,
              LEADERS,
              List.of(),
              List.of(),
              frameworks));
    }
    items.add(
        new Item(
            key(template, name + "/comment"),
            ItemType.COMMENT,
            t(
                "Vill du lägga till något om "
                    + title.sv().toLowerCase(java.util.Locale.ROOT)
                    + "?",
                "Anything to add about " + title.en().toLowerCase(java.util.Locale.ROOT) + "?"),
            null,
            null,
            List.of(),
            false,
            false,
            LEADERS,
            List.of(),
            List.of(),
            frameworks));
    return new Section(key(template, name), title, null, items);
  }

  // Teacher self-assessment after DigCompEdu ---------------------------------------------------

  private static final String[] CODES = {"A1", "A2", "B1", "B2", "C1", "C2"};
  private static final Texts[] LEVEL_NAMES = {
    t("Nykomling", "Newcomer"),
    t("Upptäckare", "Explorer"),
    t("Insatt", "Integrator"),
    t("Expert", "Expert"),
    t("Ledare", "Leader"),
    t("Pionjär", "Pioneer")
  };

  private static Template teacherDigCompEdu() {
    String k = TEACHER_DIGCOMPEDU;
    List<Section> sections = new ArrayList<>();
    sections.add(
        area(
            "1",
            t("Professionellt engagemang", "Professional engagement"),
            t(
                "Hur använder du digitala verktyg i arbetet med kollegor och vårdnadshavare och"
                    + " för din egen utveckling?",
                "How do you use digital tools in working with colleagues and guardians, and for"
                    + " your own development?"),
            t(
                "Jag använder sällan digitala verktyg i arbetet utanför lektionerna.",
                "I rarely use digital tools in my work outside lessons."),
            t(
                "Jag använder e-post och lärplattformen till det nödvändigaste.",
                "I use email and the learning platform for what is necessary."),
            t(
                "Jag använder digitala kanaler regelbundet för att samarbeta och kommunicera.",
                "I regularly use digital channels to work together and communicate."),
            t(
                "Jag väljer kanaler och verktyg med eftertanke och delar det jag lär mig med"
                    + " kollegor.",
                "I choose channels and tools deliberately and share what I learn with"
                    + " colleagues."),
            t(
                "Jag utvecklar vårt gemensamma digitala arbete tillsammans med andra och"
                    + " reflekterar över det.",
                "I develop our shared digital work together with others and reflect on it."),
            t(
                "Jag driver nya arbetssätt som prövas och sprids utanför min egen skola.",
                "I lead new ways of working that are tried and spread beyond my own school.")));
    sections.add(
        area(
            "2",
            t("Digitala resurser", "Digital resources"),
            t(
                "Hur hittar, skapar och delar du digitala lärresurser?",
                "How do you find, create and share digital learning resources?"),
            t(
                "Jag använder sällan digitala lärresurser.",
                "I rarely use digital learning resources."),
            t(
                "Jag använder resurser som jag får tips om, oftast som de är.",
                "I use resources I am told about, mostly as they are."),
            t(
                "Jag söker själv efter resurser och anpassar dem till min grupp.",
                "I search for resources myself and adapt them to my group."),
            t(
                "Jag bedömer resursers kvalitet och upphovsrätt och gör egna när det behövs.",
                "I judge resources' quality and copyright and make my own when needed."),
            t(
                "Jag skapar och delar resurser som kollegor använder, med omsorg om dataskydd och"
                    + " licenser.",
                "I create and share resources colleagues use, with care for data protection and"
                    + " licences."),
            t(
                "Jag bidrar till gemensamma resursbanker och hjälper andra att bygga sina.",
                "I contribute to shared resource banks and help others build theirs.")));
    sections.add(
        area(
            "3",
            t("Undervisning och lärande", "Teaching and learning"),
            t(
                "Hur använder du digitala verktyg i själva undervisningen?",
                "How do you use digital tools in teaching itself?"),
            t(
                "Digitala verktyg har en liten plats i min undervisning.",
                "Digital tools have a small place in my teaching."),
            t(
                "Jag använder digitala verktyg främst för att visa och presentera.",
                "I use digital tools mainly to show and present."),
            t(
                "Jag låter eleverna arbeta med digitala verktyg, enskilt och i grupp.",
                "I let pupils work with digital tools, alone and in groups."),
            t(
                "Jag planerar så att verktygen stöder samarbete och elevernas eget lärande.",
                "I plan so that the tools support collaboration and pupils' own learning."),
            t(
                "Jag prövar och utvärderar upplägg där det digitala förändrar hur eleverna lär.",
                "I try and evaluate designs where the digital changes how pupils learn."),
            t(
                "Jag förnyar undervisningen i grunden, och andra lär av mina upplägg.",
                "I renew teaching fundamentally, and others learn from my designs.")));
    sections.add(
        area(
            "4",
            t("Bedömning", "Assessment"),
            t(
                "Hur använder du digitala verktyg för bedömning och återkoppling?",
                "How do you use digital tools for assessment and feedback?"),
            t(
                "Jag bedömer nästan helt utan digitala verktyg.",
                "I assess almost entirely without digital tools."),
            t(
                "Jag använder digitala prov eller formulär ibland.",
                "I sometimes use digital tests or forms."),
            t(
                "Jag använder flera digitala sätt att se hur eleverna ligger till.",
                "I use several digital ways to see where pupils stand."),
            t(
                "Jag använder det digitala underlaget för att ge återkoppling och anpassa"
                    + " undervisningen.",
                "I use the digital evidence to give feedback and adapt my teaching."),
            t(
                "Jag granskar underlaget kritiskt och låter eleverna bedöma sig själva och"
                    + " varandra digitalt.",
                "I examine the evidence critically and let pupils assess themselves and each"
                    + " other digitally."),
            t(
                "Jag utvecklar nya former av bedömning som tar vara på det digitala.",
                "I develop new forms of assessment that make use of the digital.")));
    sections.add(
        area(
            "5",
            t("Att stärka eleverna", "Empowering learners"),
            t(
                "Hur använder du digitala verktyg för att alla elever ska kunna delta och lära?",
                "How do you use digital tools so that every pupil can take part and learn?"),
            t(
                "Jag har sällan sett det digitala som ett stöd för elevernas olika behov.",
                "I have rarely seen the digital as support for pupils' different needs."),
            t(
                "Jag vet att digitala verktyg kan stödja elever med olika behov.",
                "I know that digital tools can support pupils with different needs."),
            t(
                "Jag använder digitala verktyg för att ge eleverna olika vägar och olika tempo.",
                "I use digital tools to give pupils different paths and different paces."),
            t(
                "Jag ser till att alla elever har tillgång och låter dem styra mer av sitt"
                    + " lärande.",
                "I make sure every pupil has access and let them steer more of their learning."),
            t(
                "Jag följer upp hur det digitala påverkar olika elevers delaktighet och ändrar"
                    + " efter det.",
                "I follow up how the digital affects different pupils' participation and change"
                    + " accordingly."),
            t(
                "Jag utvecklar nya sätt att göra eleverna delaktiga och delar dem med andra.",
                "I develop new ways of involving pupils and share them with others.")));
    sections.add(
        area(
            "6",
            t("Elevernas digitala kompetens", "Learners' digital competence"),
            t(
                "Hur hjälper du eleverna att utveckla sin egen digitala kompetens?",
                "How do you help pupils develop their own digital competence?"),
            t(
                "Elevernas digitala kompetens är sällan något jag arbetar med.",
                "Pupils' digital competence is seldom something I work on."),
            t(
                "Jag uppmuntrar eleverna att använda digitala verktyg säkert.",
                "I encourage pupils to use digital tools safely."),
            t(
                "Jag låter eleverna söka, värdera och skapa digitalt innehåll.",
                "I let pupils search for, judge and create digital content."),
            t(
                "Jag undervisar medvetet om källkritik, kommunikation, säkerhet och"
                    + " problemlösning.",
                "I deliberately teach source criticism, communication, safety and problem"
                    + " solving."),
            t(
                "Jag planerar elevernas digitala kompetens över tid och ämnen med kollegor.",
                "I plan pupils' digital competence across time and subjects with colleagues."),
            t(
                "Jag prövar nya sätt för eleverna att använda tekniken skapande och"
                    + " ansvarsfullt.",
                "I try new ways for pupils to use technology creatively and responsibly.")));
    List<String> teachers = List.of("larare");
    sections.add(
        new Section(
            key(k, "conditions"),
            t("Förutsättningar", "Conditions"),
            null,
            List.of(
                conditions(
                    "conditions/1",
                    t(
                        "Jag har de digitala verktyg jag behöver i undervisningen.",
                        "I have the digital tools I need for teaching."),
                    List.of(f("DIGCOMPEDU", "3"), f("SELFIE", "C"))),
                conditions(
                    "conditions/2",
                    t(
                        "Jag får den kompetensutveckling jag behöver för att använda digitala"
                            + " verktyg i undervisningen.",
                        "I get the professional development I need to use digital tools in"
                            + " teaching."),
                    List.of(f("DIGCOMPEDU", "1"), f("SELFIE", "D"))),
                conditions(
                    "conditions/3",
                    t(
                        "Jag känner mig trygg med att använda digitala verktyg tillsammans med"
                            + " eleverna.",
                        "I feel confident using digital tools together with my pupils."),
                    List.of(f("DIGCOMPEDU", "3"))),
                new Item(
                    key(k, "conditions/comment"),
                    ItemType.COMMENT,
                    t(
                        "Vad skulle hjälpa dig mest att utvecklas vidare?",
                        "What would help you most to develop further?"),
                    null,
                    null,
                    List.of(),
                    false,
                    false,
                    teachers,
                    List.of(),
                    List.of(),
                    List.of()))));
    return new Template(
        k,
        t(
            "Lärarens digitala kompetens – självskattning",
            "Teachers' digital competence – self-assessment"),
        t(
            "För lärare, i DigCompEdus sex områden: välj det påstående som bäst stämmer med hur"
                + " du arbetar i dag. Nivåerna går från A1 till C2.",
            "For teachers, in DigCompEdu's six areas: pick the statement that best matches how"
                + " you work today. The levels go from A1 to C2."),
        new InstrumentContent(sections));
  }

  private static Section area(String area, Texts title, Texts question, Texts... statements) {
    String k = TEACHER_DIGCOMPEDU;
    List<LevelStatement> levels = new ArrayList<>();
    for (int l = 0; l < statements.length; l++) {
      levels.add(new LevelStatement(l + 1, CODES[l], LEVEL_NAMES[l], statements[l]));
    }
    Item item =
        new Item(
            key(k, "area-" + area + "/level"),
            ItemType.LEVEL,
            question,
            t(
                "Välj det påstående som bäst beskriver hur du arbetar i dag, inte hur du vill"
                    + " arbeta.",
                "Pick the statement that best describes how you work today, not how you would"
                    + " like to."),
            null,
            levels,
            false,
            true,
            List.of("larare"),
            List.of(),
            List.of(),
            List.of(new FrameworkAreaRef("DIGCOMPEDU", area)));
    return new Section(key(k, "area-" + area), title, null, List.of(item));
  }

  private static Item conditions(String name, Texts text, List<FrameworkAreaRef> frameworks) {
    return new Item(
        key(TEACHER_DIGCOMPEDU, name),
        ItemType.SCALE,
        text,
        null,
        AGREEMENT,
        List.of(),
        true,
        true,
        List.of("larare"),
        List.of(),
        List.of(),
        frameworks);
  }
}

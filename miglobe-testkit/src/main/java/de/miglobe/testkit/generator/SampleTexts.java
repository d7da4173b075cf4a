package de.miglobe.testkit.generator;

import java.util.SplittableRandom;

/**
 * The word lists the {@link de.miglobe.testkit.ProgrammeGenerator} draws from: personal names in
 * several scripts (Latin with umlauts and other diacritics, Cyrillic, Mongolian Cyrillic, Arabic),
 * real Landkreise and Stadtkreise of Baden-Württemberg and North Rhine-Westphalia with their
 * official five-digit keys, parts of German place names, and German texts for goals, outcomes and
 * reasons.
 *
 * <p>This is a helper of the generator, public only because it lives in its own package; its
 * contents may change between versions. Every method is deterministic given the random source.
 */
public final class SampleTexts {

  /** The scripts names are drawn from, with the languages and countries that go with them. */
  public enum Script {
    /** German names in Latin script with umlauts and ß. */
    GERMAN(new String[] {"de"}, new String[] {"DE"}),
    /**
     * Names of migrants in Latin script with diacritics (Turkish, West African, Vietnamese,
     * Polish).
     */
    LATIN(
        new String[] {"tr", "fr", "ee", "vi", "pl", "es"},
        new String[] {"TR", "TG", "GH", "VN", "PL", "CO"}),
    /** Russian and Ukrainian names in Cyrillic script. */
    CYRILLIC(new String[] {"ru", "uk"}, new String[] {"RU", "UA", "KZ"}),
    /** Mongolian names in Mongolian Cyrillic script (with Ө and Ү). */
    MONGOLIAN(new String[] {"mn"}, new String[] {"MN"}),
    /** Arabic names in Arabic script. */
    ARABIC(new String[] {"ar"}, new String[] {"SY", "IQ", "MA", "EG"});

    private final String[] languages;
    private final String[] countries;

    Script(String[] languages, String[] countries) {
      this.languages = languages;
      this.countries = countries;
    }

    /**
     * @return ISO 639-1 codes of languages spoken by people with names in this script
     */
    public String[] languages() {
      return languages.clone();
    }

    /**
     * @return ISO 3166-1 alpha-2 codes of countries of origin that go with this script
     */
    public String[] countries() {
      return countries.clone();
    }
  }

  private static final String[][] FEMALE = {
    {"Bärbel", "Jürgen-Anna", "Käthe", "Sören-Maria", "Jördis", "Anna", "Lena", "Ute", "Hannelore"},
    {"Özlem", "Ayşe", "Çağla", "Afi", "Akosua", "Thị Hương", "Małgorzata", "Zoë", "Adjoa"},
    {"Ольга", "Наталія", "Юлия", "Ирина", "Оксана", "Светлана"},
    {"Долгор", "Энхтуяа", "Өлзийсайхан", "Түмэнжаргал", "Сарангэрэл", "Оюунчимэг"},
    {"أمينة", "فاطمة", "ليلى", "نور", "سارة", "مريم"},
  };
  private static final String[][] MALE = {
    {"Jürgen", "Jörg", "Günther", "Sören", "Lukas", "Björn", "Matthäus", "Ralf", "Uwe"},
    {"Mehmet", "Çetin", "Kossi", "Amadou", "Kwame", "Văn Minh", "Paweł", "José", "Yaw"},
    {"Сергей", "Андрій", "Дмитрий", "Олег", "Юрій", "Николай"},
    {"Батбаяр", "Төмөрбаатар", "Ганзориг", "Мөнхбат", "Бат-Эрдэнэ", "Гантулга"},
    {"محمد", "يوسف", "أحمد", "عمر", "خالد", "سامي"},
  };
  private static final String[][] FAMILY = {
    {
      "Müller",
      "Schäfer",
      "Köhler",
      "Weiß",
      "Groß",
      "Büttner",
      "Krämer",
      "Böhm",
      "Jäger",
      "Wöhrle",
      "von Bergen"
    },
    {
      "Yılmaz",
      "Öztürk",
      "Şahin",
      "Agbodjan",
      "Mensah",
      "Nguyễn",
      "Kowalczyk",
      "Dvořák",
      "Tchakoura",
      "Peña"
    },
    {"Иваненко", "Кузнецова", "Шевченко", "Петров", "Ковальчук", "Соколова"},
    {"Гунцэцэг", "Энхбаатар", "Батсүх", "Должинсүрэн", "Өлзийбаяр", "Цэрэндорж"},
    {"الحسن", "العلي", "حداد", "منصور", "الخطيب", "سليمان"},
  };

  /**
   * Real Kreise: official five-digit key, name, and whether it is a Stadtkreis (kreisfreie Stadt).
   * The Regierungsbezirk digit is the third digit (BW 1 to 4; NRW 1, 3, 5, 7, 9).
   */
  private static final String[][] DISTRICTS = {
    {"08111", "Stuttgart", "S"},
    {"08115", "Böblingen", "L"},
    {"08116", "Esslingen", "L"},
    {"08117", "Göppingen", "L"},
    {"08118", "Ludwigsburg", "L"},
    {"08119", "Rems-Murr-Kreis", "L"},
    {"08121", "Heilbronn", "S"},
    {"08125", "Heilbronn", "L"},
    {"08126", "Hohenlohekreis", "L"},
    {"08127", "Schwäbisch Hall", "L"},
    {"08128", "Main-Tauber-Kreis", "L"},
    {"08135", "Heidenheim", "L"},
    {"08136", "Ostalbkreis", "L"},
    {"08211", "Baden-Baden", "S"},
    {"08212", "Karlsruhe", "S"},
    {"08215", "Karlsruhe", "L"},
    {"08216", "Rastatt", "L"},
    {"08221", "Heidelberg", "S"},
    {"08222", "Mannheim", "S"},
    {"08225", "Neckar-Odenwald-Kreis", "L"},
    {"08226", "Rhein-Neckar-Kreis", "L"},
    {"08231", "Pforzheim", "S"},
    {"08235", "Calw", "L"},
    {"08236", "Enzkreis", "L"},
    {"08237", "Freudenstadt", "L"},
    {"08311", "Freiburg im Breisgau", "S"},
    {"08315", "Breisgau-Hochschwarzwald", "L"},
    {"08316", "Emmendingen", "L"},
    {"08317", "Ortenaukreis", "L"},
    {"08325", "Rottweil", "L"},
    {"08326", "Schwarzwald-Baar-Kreis", "L"},
    {"08327", "Tuttlingen", "L"},
    {"08335", "Konstanz", "L"},
    {"08336", "Lörrach", "L"},
    {"08337", "Waldshut", "L"},
    {"08415", "Reutlingen", "L"},
    {"08416", "Tübingen", "L"},
    {"08417", "Zollernalbkreis", "L"},
    {"08421", "Ulm", "S"},
    {"08425", "Alb-Donau-Kreis", "L"},
    {"08426", "Biberach", "L"},
    {"08435", "Bodenseekreis", "L"},
    {"08436", "Ravensburg", "L"},
    {"08437", "Sigmaringen", "L"},
    {"05111", "Düsseldorf", "S"},
    {"05112", "Duisburg", "S"},
    {"05113", "Essen", "S"},
    {"05154", "Kleve", "L"},
    {"05158", "Mettmann", "L"},
    {"05162", "Rhein-Kreis Neuss", "L"},
    {"05166", "Viersen", "L"},
    {"05170", "Wesel", "L"},
    {"05314", "Bonn", "S"},
    {"05315", "Köln", "S"},
    {"05358", "Düren", "L"},
    {"05362", "Rhein-Erft-Kreis", "L"},
    {"05366", "Euskirchen", "L"},
    {"05370", "Heinsberg", "L"},
    {"05374", "Oberbergischer Kreis", "L"},
    {"05378", "Rheinisch-Bergischer Kreis", "L"},
    {"05382", "Rhein-Sieg-Kreis", "L"},
    {"05515", "Münster", "S"},
    {"05554", "Borken", "L"},
    {"05558", "Coesfeld", "L"},
    {"05562", "Recklinghausen", "L"},
    {"05566", "Steinfurt", "L"},
    {"05570", "Warendorf", "L"},
    {"05711", "Bielefeld", "S"},
    {"05754", "Gütersloh", "L"},
    {"05758", "Herford", "L"},
    {"05762", "Höxter", "L"},
    {"05766", "Lippe", "L"},
    {"05770", "Minden-Lübbecke", "L"},
    {"05774", "Paderborn", "L"},
    {"05911", "Bochum", "S"},
    {"05913", "Dortmund", "S"},
    {"05954", "Ennepe-Ruhr-Kreis", "L"},
    {"05958", "Hochsauerlandkreis", "L"},
    {"05962", "Märkischer Kreis", "L"},
    {"05966", "Olpe", "L"},
    {"05970", "Siegen-Wittgenstein", "L"},
    {"05974", "Soest", "L"},
    {"05978", "Unna", "L"},
  };

  private static final String[] PLACE_PREFIXES = {
    "", "", "", "", "Bad ", "Neu", "Ober", "Unter", "Groß", "Klein", "Hohen", "Alt", "Nieder"
  };
  private static final String[] PLACE_STEMS = {
    "Mühl", "Königs", "Fürsten", "Eich", "Lind", "Rot", "Weiß", "Stein", "Wald", "Berg", "Rosen",
    "Buch", "Hasel", "Kirch", "Schön", "Frei", "Sulz", "Bühl", "Öhr", "Dürr", "Gräfen", "Sal",
    "Möhn", "Wüsten", "Hütten", "Lauter", "Esch", "Brück", "Alten", "Herren"
  };
  private static final String[] PLACE_SUFFIXES = {
    "bach", "heim", "ingen", "hausen", "dorf", "stadt", "berg", "weiler", "feld", "au", "burg",
    "brück", "bronn", "hofen", "stetten", "tal", "rode", "kirchen", "horst", "hagen"
  };

  private SampleTexts() {}

  /**
   * @return how many scripts there are
   */
  public static int scriptCount() {
    return FEMALE.length;
  }

  /**
   * A given name.
   *
   * @param random the random source; not null
   * @param script the script; not null
   * @param female true for a female name
   * @return a given name, never blank
   */
  public static String givenName(SplittableRandom random, Script script, boolean female) {
    String[] pool = (female ? FEMALE : MALE)[script.ordinal()];
    return pool[random.nextInt(pool.length)];
  }

  /**
   * A family name.
   *
   * @param random the random source; not null
   * @param script the script; not null
   * @return a family name, never blank
   */
  public static String familyName(SplittableRandom random, Script script) {
    String[] pool = FAMILY[script.ordinal()];
    return pool[random.nextInt(pool.length)];
  }

  /**
   * @return how many Kreise the table holds
   */
  public static int districtCount() {
    return DISTRICTS.length;
  }

  /**
   * The official five-digit key of a Kreis.
   *
   * @param index 0 to {@link #districtCount()} - 1
   * @return the key, for example {@code "08117"}
   */
  public static String districtKey(int index) {
    return DISTRICTS[index][0];
  }

  /**
   * The name of a Kreis, for example {@code "Göppingen"} or {@code "Rems-Murr-Kreis"}.
   *
   * @param index 0 to {@link #districtCount()} - 1
   * @return the name
   */
  public static String districtName(int index) {
    return DISTRICTS[index][1];
  }

  /**
   * Whether a Kreis is a Stadtkreis (kreisfreie Stadt): one municipality that is its own district.
   *
   * @param index 0 to {@link #districtCount()} - 1
   * @return true for a Stadtkreis, false for a Landkreis
   */
  public static boolean isCityDistrict(int index) {
    return DISTRICTS[index][2].equals("S");
  }

  /**
   * A German-sounding place name made of parts, such as "Obermühlbach" or "Bad Königshofen".
   *
   * @param random the random source; not null
   * @return a place name, never blank
   */
  public static String placeName(SplittableRandom random) {
    String prefix = PLACE_PREFIXES[random.nextInt(PLACE_PREFIXES.length)];
    String stem = PLACE_STEMS[random.nextInt(PLACE_STEMS.length)];
    String suffix = PLACE_SUFFIXES[random.nextInt(PLACE_SUFFIXES.length)];
    if (!prefix.isEmpty() && !prefix.endsWith(" ")) {
      stem = stem.toLowerCase(java.util.Locale.GERMAN);
    }
    return prefix + stem + suffix;
  }

  /**
   * An ASCII form of a German text for e-mail addresses and domains: umlauts and ß spelled out (ä →
   * ae, ß → ss), spaces to hyphens, lower case, other characters dropped.
   *
   * @param text the text; not null
   * @return the ASCII form; may be empty if the text has no Latin letters
   */
  public static String ascii(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      switch (c) {
        case 'ä':
          out.append("ae");
          break;
        case 'ö':
          out.append("oe");
          break;
        case 'ü':
          out.append("ue");
          break;
        case 'ß':
          out.append("ss");
          break;
        case ' ':
        case '-':
          if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
            out.append('-');
          }
          break;
        default:
          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out.append(c);
          }
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }
}

namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>A région, by its INSEE code.</summary>
internal sealed record Region(string Code, string Name, string NameWithDe);

/// <summary>An académie, by the education ministry's two-digit code.</summary>
internal sealed record Academy(string Code, string Name, string NameWithDe);

/// <summary>A département with the région and académie it belongs to; <see cref="Population"/> weighs how many CFAs it gets.</summary>
internal sealed record Department(
    string Code,
    string Name,
    string NameWithDe,
    string RegionCode,
    string AcademyCode,
    string PrefectureCode,
    int Population)
{
    /// <summary>The first three digits of the UAIs of the département (069 for Rhône, 620 and 720 for Corsica, 974 for La Réunion).</summary>
    public string UaiPrefix => Code switch
    {
        "2A" => "620",
        "2B" => "720",
        { Length: 3 } => Code,
        _ => "0" + Code,
    };
}

/// <summary>A commune with its INSEE code, main postal code, municipal population and approximate centre.</summary>
internal sealed record Commune(string Code, string PostalCode, string Name, int Population, decimal Latitude, decimal Longitude)
{
    public string DepartmentCode => Territories.DepartmentCodeOf(Code);
}

/// <summary>
/// France's régions, académies, départements (metropolitan and overseas) and a selection of real communes:
/// the main towns of the two pilot régions, and the préfecture and one or two big towns everywhere else.
/// </summary>
internal static class Territories
{
    public const string AuvergneRhoneAlpes = "84";
    public const string ProvenceAlpesCoteDAzur = "93";

    public static IReadOnlyList<string> PilotRegionCodes { get; } = [AuvergneRhoneAlpes, ProvenceAlpesCoteDAzur];

    public static IReadOnlyList<Region> Regions { get; } =
    [
        new("01", "Guadeloupe", "de la Guadeloupe"),
        new("02", "Martinique", "de la Martinique"),
        new("03", "Guyane", "de la Guyane"),
        new("04", "La Réunion", "de La Réunion"),
        new("06", "Mayotte", "de Mayotte"),
        new("11", "Île-de-France", "d'Île-de-France"),
        new("24", "Centre-Val de Loire", "du Centre-Val de Loire"),
        new("27", "Bourgogne-Franche-Comté", "de Bourgogne-Franche-Comté"),
        new("28", "Normandie", "de Normandie"),
        new("32", "Hauts-de-France", "des Hauts-de-France"),
        new("44", "Grand Est", "du Grand Est"),
        new("52", "Pays de la Loire", "des Pays de la Loire"),
        new("53", "Bretagne", "de Bretagne"),
        new("75", "Nouvelle-Aquitaine", "de Nouvelle-Aquitaine"),
        new("76", "Occitanie", "d'Occitanie"),
        new("84", "Auvergne-Rhône-Alpes", "d'Auvergne-Rhône-Alpes"),
        new("93", "Provence-Alpes-Côte d'Azur", "de Provence-Alpes-Côte d'Azur"),
        new("94", "Corse", "de Corse"),
    ];

    public static IReadOnlyList<Academy> Academies { get; } =
    [
        new("01", "Paris", "de Paris"),
        new("02", "Aix-Marseille", "d'Aix-Marseille"),
        new("03", "Besançon", "de Besançon"),
        new("04", "Bordeaux", "de Bordeaux"),
        new("06", "Clermont-Ferrand", "de Clermont-Ferrand"),
        new("07", "Dijon", "de Dijon"),
        new("08", "Grenoble", "de Grenoble"),
        new("09", "Lille", "de Lille"),
        new("10", "Lyon", "de Lyon"),
        new("11", "Montpellier", "de Montpellier"),
        new("12", "Nancy-Metz", "de Nancy-Metz"),
        new("13", "Poitiers", "de Poitiers"),
        new("14", "Rennes", "de Rennes"),
        new("15", "Strasbourg", "de Strasbourg"),
        new("16", "Toulouse", "de Toulouse"),
        new("17", "Nantes", "de Nantes"),
        new("18", "Orléans-Tours", "d'Orléans-Tours"),
        new("19", "Reims", "de Reims"),
        new("20", "Amiens", "d'Amiens"),
        new("22", "Limoges", "de Limoges"),
        new("23", "Nice", "de Nice"),
        new("24", "Créteil", "de Créteil"),
        new("25", "Versailles", "de Versailles"),
        new("27", "Corse", "de Corse"),
        new("28", "La Réunion", "de La Réunion"),
        new("31", "Martinique", "de la Martinique"),
        new("32", "Guadeloupe", "de la Guadeloupe"),
        new("33", "Guyane", "de la Guyane"),
        new("43", "Mayotte", "de Mayotte"),
        new("70", "Normandie", "de Normandie"),
    ];

    // Population: sum of the municipal populations of the département's communes.
    public static IReadOnlyList<Department> Departments { get; } =
    [
        new("01", "Ain", "de l'Ain", "84", "10", "01053", 679344),
        new("02", "Aisne", "de l'Aisne", "32", "20", "02408", 523342),
        new("03", "Allier", "de l'Allier", "84", "06", "03190", 333298),
        new("04", "Alpes-de-Haute-Provence", "des Alpes-de-Haute-Provence", "93", "02", "04070", 168054),
        new("05", "Hautes-Alpes", "des Hautes-Alpes", "93", "02", "05061", 143467),
        new("06", "Alpes-Maritimes", "des Alpes-Maritimes", "93", "23", "06088", 1128418),
        new("07", "Ardèche", "de l'Ardèche", "84", "08", "07186", 334231),
        new("08", "Ardennes", "des Ardennes", "44", "19", "08105", 265893),
        new("09", "Ariège", "de l'Ariège", "76", "16", "09122", 155722),
        new("10", "Aube", "de l'Aube", "44", "19", "10387", 310447),
        new("11", "Aude", "de l'Aude", "76", "11", "11069", 379648),
        new("12", "Aveyron", "de l'Aveyron", "76", "16", "12202", 279609),
        new("13", "Bouches-du-Rhône", "des Bouches-du-Rhône", "93", "02", "13055", 2087658),
        new("14", "Calvados", "du Calvados", "28", "70", "14118", 709441),
        new("15", "Cantal", "du Cantal", "84", "06", "15014", 144196),
        new("16", "Charente", "de la Charente", "75", "13", "16015", 352683),
        new("17", "Charente-Maritime", "de la Charente-Maritime", "75", "13", "17300", 672279),
        new("18", "Cher", "du Cher", "24", "18", "18033", 298660),
        new("19", "Corrèze", "de la Corrèze", "75", "22", "19272", 240826),
        new("21", "Côte-d'Or", "de la Côte-d'Or", "27", "07", "21231", 540100),
        new("22", "Côtes-d'Armor", "des Côtes-d'Armor", "53", "14", "22278", 611859),
        new("23", "Creuse", "de la Creuse", "75", "22", "23096", 115527),
        new("24", "Dordogne", "de la Dordogne", "75", "04", "24322", 417614),
        new("25", "Doubs", "du Doubs", "27", "03", "25056", 547163),
        new("26", "Drôme", "de la Drôme", "84", "08", "26362", 524207),
        new("27", "Eure", "de l'Eure", "28", "70", "27229", 602714),
        new("28", "Eure-et-Loir", "d'Eure-et-Loir", "24", "18", "28085", 433129),
        new("29", "Finistère", "du Finistère", "53", "14", "29232", 933455),
        new("2A", "Corse-du-Sud", "de la Corse-du-Sud", "94", "27", "2A004", 168306),
        new("2B", "Haute-Corse", "de la Haute-Corse", "94", "27", "2B033", 187180),
        new("30", "Gard", "du Gard", "76", "11", "30189", 770940),
        new("31", "Haute-Garonne", "de la Haute-Garonne", "76", "16", "31555", 1471468),
        new("32", "Gers", "du Gers", "76", "16", "32013", 192645),
        new("33", "Gironde", "de la Gironde", "75", "04", "33063", 1690493),
        new("34", "Hérault", "de l'Hérault", "76", "11", "34172", 1230289),
        new("35", "Ille-et-Vilaine", "d'Ille-et-Vilaine", "53", "14", "35238", 1120666),
        new("36", "Indre", "de l'Indre", "24", "18", "36044", 216069),
        new("37", "Indre-et-Loire", "d'Indre-et-Loire", "24", "18", "37261", 619362),
        new("38", "Isère", "de l'Isère", "84", "08", "38185", 1298990),
        new("39", "Jura", "du Jura", "27", "03", "39300", 257973),
        new("40", "Landes", "des Landes", "75", "04", "40192", 433570),
        new("41", "Loir-et-Cher", "du Loir-et-Cher", "24", "18", "41018", 328543),
        new("42", "Loire", "de la Loire", "84", "10", "42218", 774133),
        new("43", "Haute-Loire", "de la Haute-Loire", "84", "06", "43157", 228654),
        new("44", "Loire-Atlantique", "de la Loire-Atlantique", "52", "17", "44109", 1487570),
        new("45", "Loiret", "du Loiret", "24", "18", "45234", 691268),
        new("46", "Lot", "du Lot", "76", "16", "46042", 176473),
        new("47", "Lot-et-Garonne", "du Lot-et-Garonne", "75", "04", "47001", 333602),
        new("48", "Lozère", "de la Lozère", "76", "11", "48095", 76486),
        new("49", "Maine-et-Loire", "de Maine-et-Loire", "52", "17", "49007", 833776),
        new("50", "Manche", "de la Manche", "28", "70", "50502", 497522),
        new("51", "Marne", "de la Marne", "44", "19", "51108", 563076),
        new("52", "Haute-Marne", "de la Haute-Marne", "44", "19", "52121", 168331),
        new("53", "Mayenne", "de la Mayenne", "52", "17", "53130", 305468),
        new("54", "Meurthe-et-Moselle", "de Meurthe-et-Moselle", "44", "12", "54395", 732236),
        new("55", "Meuse", "de la Meuse", "44", "12", "55029", 180290),
        new("56", "Morbihan", "du Morbihan", "53", "14", "56260", 783390),
        new("57", "Moselle", "de la Moselle", "44", "12", "57463", 1051309),
        new("58", "Nièvre", "de la Nièvre", "27", "07", "58194", 201417),
        new("59", "Nord", "du Nord", "32", "09", "59350", 2615635),
        new("60", "Oise", "de l'Oise", "32", "20", "60057", 829899),
        new("61", "Orne", "de l'Orne", "28", "70", "61001", 275201),
        new("62", "Pas-de-Calais", "du Pas-de-Calais", "32", "09", "62041", 1457905),
        new("63", "Puy-de-Dôme", "du Puy-de-Dôme", "84", "06", "63113", 664453),
        new("64", "Pyrénées-Atlantiques", "des Pyrénées-Atlantiques", "75", "04", "64445", 706564),
        new("65", "Hautes-Pyrénées", "des Hautes-Pyrénées", "76", "16", "65440", 231349),
        new("66", "Pyrénées-Orientales", "des Pyrénées-Orientales", "76", "11", "66136", 496855),
        new("67", "Bas-Rhin", "du Bas-Rhin", "44", "15", "67482", 1163810),
        new("68", "Haut-Rhin", "du Haut-Rhin", "44", "15", "68066", 770738),
        new("69", "Rhône", "du Rhône", "84", "10", "69123", 1914667),
        new("70", "Haute-Saône", "de la Haute-Saône", "27", "03", "70550", 233185),
        new("71", "Saône-et-Loire", "de Saône-et-Loire", "27", "07", "71270", 550310),
        new("72", "Sarthe", "de la Sarthe", "52", "17", "72181", 566733),
        new("73", "Savoie", "de la Savoie", "84", "08", "73065", 448226),
        new("74", "Haute-Savoie", "de la Haute-Savoie", "84", "08", "74010", 861158),
        new("75", "Paris", "de Paris", "11", "01", "75056", 2103778),
        new("76", "Seine-Maritime", "de la Seine-Maritime", "28", "70", "76540", 1260964),
        new("77", "Seine-et-Marne", "de Seine-et-Marne", "11", "24", "77288", 1468108),
        new("78", "Yvelines", "des Yvelines", "11", "25", "78646", 1485086),
        new("79", "Deux-Sèvres", "des Deux-Sèvres", "75", "13", "79191", 375229),
        new("80", "Somme", "de la Somme", "32", "20", "80021", 565413),
        new("81", "Tarn", "du Tarn", "76", "16", "81004", 397352),
        new("82", "Tarn-et-Garonne", "du Tarn-et-Garonne", "76", "16", "82121", 265817),
        new("83", "Var", "du Var", "93", "23", "83137", 1119307),
        new("84", "Vaucluse", "du Vaucluse", "93", "02", "84007", 572056),
        new("85", "Vendée", "de la Vendée", "52", "17", "85191", 713609),
        new("86", "Vienne", "de la Vienne", "75", "13", "86194", 438897),
        new("87", "Haute-Vienne", "de la Haute-Vienne", "75", "22", "87085", 373167),
        new("88", "Vosges", "des Vosges", "44", "12", "88160", 357248),
        new("89", "Yonne", "de l'Yonne", "27", "07", "89024", 332267),
        new("90", "Territoire de Belfort", "du Territoire de Belfort", "27", "03", "90010", 140255),
        new("91", "Essonne", "de l'Essonne", "11", "25", "91228", 1338485),
        new("92", "Hauts-de-Seine", "des Hauts-de-Seine", "11", "25", "92050", 1654712),
        new("93", "Seine-Saint-Denis", "de la Seine-Saint-Denis", "11", "24", "93008", 1704316),
        new("94", "Val-de-Marne", "du Val-de-Marne", "11", "24", "94028", 1426929),
        new("95", "Val-d'Oise", "du Val-d'Oise", "11", "25", "95500", 1281653),
        new("971", "Guadeloupe", "de la Guadeloupe", "01", "32", "97105", 384160),
        new("972", "Martinique", "de la Martinique", "02", "31", "97209", 360630),
        new("973", "Guyane", "de la Guyane", "03", "33", "97302", 293996),
        new("974", "La Réunion", "de La Réunion", "04", "28", "97411", 889679),
        new("976", "Mayotte", "de Mayotte", "06", "43", "97611", 256518),
    ];

    // INSEE code, main postal code, name, municipal population, latitude, longitude (approximate town centre).
    public static IReadOnlyList<Commune> Communes { get; } =
    [
        // 01 Ain
        new("01053", "01000", "Bourg-en-Bresse", 42372, 46.2052m, 5.2255m),
        new("01283", "01100", "Oyonnax", 22480, 46.2561m, 5.6556m),
        new("01033", "01200", "Valserhône", 16712, 46.1078m, 5.8256m),
        new("01004", "01500", "Ambérieu-en-Bugey", 15934, 45.9583m, 5.3597m),
        new("01354", "01630", "Saint-Genis-Pouilly", 14432, 46.2436m, 6.0250m),
        new("01173", "01170", "Gex", 13627, 46.3333m, 6.0578m),
        new("01160", "01210", "Ferney-Voltaire", 12094, 46.2558m, 6.1081m),
        new("01034", "01300", "Belley", 9388, 45.7592m, 5.6881m),
        // 02 Aisne
        new("02691", "02100", "Saint-Quentin", 52813, 49.8465m, 3.2876m),
        new("02408", "02000", "Laon", 24220, 49.5639m, 3.6244m),
        // 03 Allier
        new("03185", "03100", "Montluçon", 33147, 46.3404m, 2.6033m),
        new("03310", "03200", "Vichy", 25115, 46.1278m, 3.4258m),
        new("03190", "03000", "Moulins", 19206, 46.5660m, 3.3330m),
        new("03095", "03300", "Cusset", 13316, 46.1344m, 3.4564m),
        new("03321", "03400", "Yzeure", 12897, 46.5658m, 3.3547m),
        // 04 Alpes-de-Haute-Provence
        new("04112", "04100", "Manosque", 22718, 43.8283m, 5.7864m),
        new("04070", "04000", "Digne-les-Bains", 17979, 44.0925m, 6.2356m),
        new("04209", "04200", "Sisteron", 7850, 44.1950m, 5.9436m),
        new("04143", "04700", "Oraison", 6155, 43.9169m, 5.9183m),
        new("04088", "04300", "Forcalquier", 5222, 43.9597m, 5.7800m),
        new("04019", "04400", "Barcelonnette", 2518, 44.3869m, 6.6522m),
        // 05 Hautes-Alpes
        new("05061", "05000", "Gap", 41293, 44.5594m, 6.0786m),
        new("05023", "05100", "Briançon", 11411, 44.8986m, 6.6433m),
        new("05046", "05200", "Embrun", 6412, 44.5636m, 6.4953m),
        new("05070", "05300", "Laragne-Montéglin", 3549, 44.3164m, 5.8222m),
        // 06 Alpes-Maritimes
        new("06088", "06000", "Nice", 357737, 43.7102m, 7.2620m),
        new("06004", "06600", "Antibes", 77637, 43.5808m, 7.1239m),
        new("06029", "06400", "Cannes", 74350, 43.5528m, 7.0174m),
        new("06027", "06800", "Cagnes-sur-Mer", 53354, 43.6644m, 7.1489m),
        new("06069", "06130", "Grasse", 50970, 43.6589m, 6.9225m),
        new("06030", "06110", "Le Cannet", 41938, 43.5769m, 7.0192m),
        new("06123", "06700", "Saint-Laurent-du-Var", 32172, 43.6733m, 7.1900m),
        new("06083", "06500", "Menton", 30604, 43.7747m, 7.4975m),
        new("06155", "06220", "Vallauris", 29259, 43.5781m, 7.0536m),
        new("06079", "06210", "Mandelieu-la-Napoule", 21640, 43.5461m, 6.9381m),
        new("06157", "06140", "Vence", 19917, 43.7225m, 7.1119m),
        new("06085", "06250", "Mougins", 19782, 43.6000m, 6.9950m),
        new("06161", "06270", "Villeneuve-Loubet", 17548, 43.6583m, 7.1219m),
        // 07 Ardèche
        new("07010", "07100", "Annonay", 17274, 45.2400m, 4.6708m),
        new("07019", "07200", "Aubenas", 12416, 44.6197m, 4.3903m),
        new("07324", "07300", "Tournon-sur-Rhône", 11279, 45.0672m, 4.8328m),
        new("07102", "07500", "Guilherand-Granges", 11235, 44.9333m, 4.8742m),
        new("07186", "07000", "Privas", 8538, 44.7353m, 4.5992m),
        // 08 Ardennes
        new("08105", "08000", "Charleville-Mézières", 45560, 49.7621m, 4.7265m),
        new("08409", "08200", "Sedan", 16667, 49.7019m, 4.9403m),
        // 09 Ariège
        new("09225", "09100", "Pamiers", 16473, 43.1164m, 1.6108m),
        new("09122", "09000", "Foix", 9934, 42.9653m, 1.6069m),
        // 10 Aube
        new("10387", "10000", "Troyes", 62088, 48.2973m, 4.0744m),
        new("10323", "10100", "Romilly-sur-Seine", 14959, 48.5158m, 3.7267m),
        // 11 Aude
        new("11262", "11100", "Narbonne", 57587, 43.1839m, 3.0042m),
        new("11069", "11000", "Carcassonne", 46080, 43.2130m, 2.3491m),
        // 12 Aveyron
        new("12202", "12000", "Rodez", 23981, 44.3506m, 2.5750m),
        new("12145", "12100", "Millau", 22044, 44.0981m, 3.0778m),
        // 13 Bouches-du-Rhône
        new("13055", "13001", "Marseille", 886040, 43.2965m, 5.3698m),
        new("13001", "13100", "Aix-en-Provence", 149695, 43.5297m, 5.4474m),
        new("13004", "13200", "Arles", 51811, 43.6766m, 4.6278m),
        new("13056", "13500", "Martigues", 48298, 43.4053m, 5.0475m),
        new("13005", "13400", "Aubagne", 47529, 43.2928m, 5.5708m),
        new("13047", "13800", "Istres", 44292, 43.5150m, 4.9894m),
        new("13103", "13300", "Salon-de-Provence", 44194, 43.6403m, 5.0972m),
        new("13028", "13600", "La Ciotat", 38477, 43.1748m, 5.6045m),
        new("13117", "13127", "Vitrolles", 36758, 43.4600m, 5.2486m),
        new("13054", "13700", "Marignane", 33692, 43.4161m, 5.2147m),
        new("13063", "13140", "Miramas", 26203, 43.5822m, 5.0014m),
        new("13071", "13170", "Les Pennes-Mirabeau", 22537, 43.4106m, 5.3103m),
        new("13041", "13120", "Gardanne", 21597, 43.4547m, 5.4694m),
        new("13002", "13190", "Allauch", 21443, 43.3369m, 5.4828m),
        new("13026", "13220", "Châteauneuf-les-Martigues", 18455, 43.3850m, 5.1642m),
        new("13027", "13160", "Châteaurenard", 16545, 43.8825m, 4.8553m),
        new("13039", "13270", "Fos-sur-Mer", 15862, 43.4378m, 4.9447m),
        new("13077", "13110", "Port-de-Bouc", 15802, 43.4050m, 4.9858m),
        // 14 Calvados
        new("14118", "14000", "Caen", 109400, 49.1829m, -0.3707m),
        new("14327", "14200", "Hérouville-Saint-Clair", 23470, 49.2044m, -0.3253m),
        // 15 Cantal
        new("15014", "15000", "Aurillac", 26214, 44.9264m, 2.4400m),
        new("15187", "15100", "Saint-Flour", 6391, 45.0336m, 3.0931m),
        new("15012", "15130", "Arpajon-sur-Cère", 6361, 44.9036m, 2.4572m),
        new("15120", "15200", "Mauriac", 3449, 45.2181m, 2.3325m),
        // 16 Charente
        new("16015", "16000", "Angoulême", 41908, 45.6484m, 0.1562m),
        new("16102", "16100", "Cognac", 18532, 45.6958m, -0.3292m),
        // 17 Charente-Maritime
        new("17300", "17000", "La Rochelle", 79851, 46.1603m, -1.1511m),
        new("17415", "17100", "Saintes", 25363, 45.7464m, -0.6333m),
        // 18 Cher
        new("18033", "18000", "Bourges", 64186, 47.0810m, 2.3988m),
        new("18279", "18100", "Vierzon", 25068, 47.2219m, 2.0686m),
        // 19 Corrèze
        new("19031", "19100", "Brive-la-Gaillarde", 47095, 45.1589m, 1.5331m),
        new("19272", "19000", "Tulle", 13401, 45.2658m, 1.7722m),
        // 21 Côte-d'Or
        new("21231", "21000", "Dijon", 161830, 47.3220m, 5.0415m),
        new("21054", "21200", "Beaune", 20352, 47.0260m, 4.8400m),
        // 22 Côtes-d'Armor
        new("22278", "22000", "Saint-Brieuc", 44364, 48.5141m, -2.7603m),
        new("22113", "22300", "Lannion", 20315, 48.7325m, -3.4564m),
        // 23 Creuse
        new("23096", "23000", "Guéret", 12955, 46.1714m, 1.8717m),
        new("23176", "23300", "La Souterraine", 4978, 46.2378m, 1.4869m),
        // 24 Dordogne
        new("24322", "24000", "Périgueux", 29055, 45.1846m, 0.7214m),
        new("24037", "24100", "Bergerac", 27110, 44.8533m, 0.4833m),
        // 25 Doubs
        new("25056", "25000", "Besançon", 118489, 47.2378m, 6.0241m),
        new("25388", "25200", "Montbéliard", 24672, 47.5100m, 6.7981m),
        // 26 Drôme
        new("26362", "26000", "Valence", 64458, 44.9334m, 4.8924m),
        new("26198", "26200", "Montélimar", 40595, 44.5581m, 4.7509m),
        new("26281", "26100", "Romans-sur-Isère", 33464, 45.0433m, 5.0511m),
        new("26058", "26500", "Bourg-lès-Valence", 19992, 44.9475m, 4.8942m),
        new("26235", "26700", "Pierrelatte", 13756, 44.3778m, 4.6961m),
        new("26252", "26800", "Portes-lès-Valence", 10477, 44.8756m, 4.8761m),
        new("26057", "26300", "Bourg-de-Péage", 9921, 45.0383m, 5.0533m),
        new("26220", "26110", "Nyons", 6816, 44.3606m, 5.1406m),
        new("26113", "26150", "Die", 4844, 44.7536m, 5.3703m),
        // 27 Eure
        new("27229", "27000", "Évreux", 49360, 49.0241m, 1.1508m),
        new("27681", "27200", "Vernon", 25290, 49.0928m, 1.4847m),
        // 28 Eure-et-Loir
        new("28085", "28000", "Chartres", 38324, 48.4439m, 1.4890m),
        new("28134", "28100", "Dreux", 31543, 48.7367m, 1.3664m),
        // 29 Finistère
        new("29019", "29200", "Brest", 142346, 48.3904m, -4.4861m),
        new("29232", "29000", "Quimper", 64385, 47.9960m, -4.1024m),
        // 2A Corse-du-Sud
        new("2A004", "20000", "Ajaccio", 76320, 41.9192m, 8.7386m),
        new("2A247", "20137", "Porto-Vecchio", 11198, 41.5911m, 9.2794m),
        // 2B Haute-Corse
        new("2B033", "20200", "Bastia", 46867, 42.6970m, 9.4509m),
        new("2B042", "20290", "Borgo", 10311, 42.5547m, 9.4278m),
        // 30 Gard
        new("30189", "30000", "Nîmes", 151839, 43.8367m, 4.3601m),
        new("30007", "30100", "Alès", 46125, 44.1250m, 4.0811m),
        // 31 Haute-Garonne
        new("31555", "31000", "Toulouse", 514819, 43.6047m, 1.4442m),
        new("31149", "31770", "Colomiers", 40882, 43.6114m, 1.3356m),
        // 32 Gers
        new("32013", "32000", "Auch", 22428, 43.6465m, 0.5855m),
        new("32160", "32600", "L'Isle-Jourdain", 9537, 43.6136m, 1.0819m),
        // 33 Gironde
        new("33063", "33000", "Bordeaux", 267991, 44.8378m, -0.5792m),
        new("33281", "33700", "Mérignac", 78090, 44.8386m, -0.6436m),
        new("33318", "33600", "Pessac", 67339, 44.8067m, -0.6311m),
        // 34 Hérault
        new("34172", "34000", "Montpellier", 310240, 43.6108m, 3.8767m),
        new("34032", "34500", "Béziers", 81545, 43.3442m, 3.2158m),
        new("34301", "34200", "Sète", 45337, 43.4028m, 3.6928m),
        // 35 Ille-et-Vilaine
        new("35238", "35000", "Rennes", 230890, 48.1173m, -1.6778m),
        new("35288", "35400", "Saint-Malo", 47439, 48.6493m, -2.0257m),
        // 36 Indre
        new("36044", "36000", "Châteauroux", 42963, 46.8103m, 1.6911m),
        new("36088", "36100", "Issoudun", 11159, 46.9481m, 1.9933m),
        // 37 Indre-et-Loire
        new("37261", "37000", "Tours", 139259, 47.3941m, 0.6848m),
        new("37122", "37300", "Joué-lès-Tours", 38423, 47.3522m, 0.6664m),
        // 38 Isère
        new("38185", "38000", "Grenoble", 156140, 45.1885m, 5.7245m),
        new("38421", "38400", "Saint-Martin-d'Hères", 37695, 45.1672m, 5.7653m),
        new("38151", "38130", "Échirolles", 37491, 45.1436m, 5.7183m),
        new("38544", "38200", "Vienne", 31778, 45.5253m, 4.8744m),
        new("38053", "38300", "Bourgoin-Jallieu", 30151, 45.5861m, 5.2736m),
        new("38169", "38600", "Fontaine", 22020, 45.1928m, 5.6856m),
        new("38563", "38500", "Voiron", 21847, 45.3644m, 5.5889m),
        new("38553", "38090", "Villefontaine", 19445, 45.6136m, 5.1497m),
        new("38229", "38240", "Meylan", 18770, 45.2097m, 5.7786m),
        new("38382", "38120", "Saint-Égrève", 17986, 45.2328m, 5.6828m),
        new("38193", "38080", "L'Isle-d'Abeau", 17515, 45.6197m, 5.2286m),
        new("38485", "38170", "Seyssinet-Pariset", 11739, 45.1783m, 5.6936m),
        new("38474", "38360", "Sassenage", 11646, 45.2050m, 5.6633m),
        new("38509", "38110", "La Tour-du-Pin", 8111, 45.5656m, 5.4442m),
        // 39 Jura
        new("39198", "39100", "Dole", 23840, 47.0928m, 5.4897m),
        new("39300", "39000", "Lons-le-Saunier", 16618, 46.6744m, 5.5539m),
        // 40 Landes
        new("40192", "40000", "Mont-de-Marsan", 31592, 43.8902m, -0.4999m),
        new("40088", "40100", "Dax", 22109, 43.7102m, -1.0536m),
        // 41 Loir-et-Cher
        new("41018", "41000", "Blois", 47219, 47.5861m, 1.3359m),
        new("41194", "41200", "Romorantin-Lanthenay", 18373, 47.3597m, 1.7419m),
        // 42 Loire
        new("42218", "42000", "Saint-Étienne", 173136, 45.4397m, 4.3872m),
        new("42207", "42400", "Saint-Chamond", 35646, 45.4758m, 4.5142m),
        new("42187", "42300", "Roanne", 35409, 46.0367m, 4.0683m),
        new("42095", "42700", "Firminy", 17060, 45.3878m, 4.2881m),
        new("42147", "42600", "Montbrison", 16123, 45.6075m, 4.0653m),
        new("42279", "42170", "Saint-Just-Saint-Rambert", 15764, 45.4997m, 4.2411m),
        new("42186", "42800", "Rive-de-Gier", 15242, 45.5289m, 4.6175m),
        new("42044", "42500", "Le Chambon-Feugerolles", 12314, 45.3933m, 4.3247m),
        // 43 Haute-Loire
        new("43157", "43000", "Le Puy-en-Velay", 18540, 45.0434m, 3.8858m),
        new("43137", "43120", "Monistrol-sur-Loire", 8823, 45.2925m, 4.1722m),
        new("43268", "43200", "Yssingeaux", 7415, 45.1428m, 4.1236m),
        new("43040", "43100", "Brioude", 6527, 45.2944m, 3.3844m),
        // 44 Loire-Atlantique
        new("44109", "44000", "Nantes", 327734, 47.2184m, -1.5536m),
        new("44184", "44600", "Saint-Nazaire", 74568, 47.2735m, -2.2138m),
        new("44162", "44800", "Saint-Herblain", 50973, 47.2122m, -1.6497m),
        // 45 Loiret
        new("45234", "45000", "Orléans", 116357, 47.9030m, 1.9093m),
        new("45232", "45160", "Olivet", 23507, 47.8636m, 1.9006m),
        // 46 Lot
        new("46042", "46000", "Cahors", 20050, 44.4475m, 1.4419m),
        new("46102", "46100", "Figeac", 9793, 44.6086m, 2.0317m),
        // 47 Lot-et-Garonne
        new("47001", "47000", "Agen", 32801, 44.2033m, 0.6163m),
        new("47323", "47300", "Villeneuve-sur-Lot", 22350, 44.4081m, 0.7047m),
        // 48 Lozère
        new("48095", "48000", "Mende", 12464, 44.5181m, 3.5006m),
        new("48092", "48100", "Marvejols", 4764, 44.5536m, 3.2917m),
        // 49 Maine-et-Loire
        new("49007", "49000", "Angers", 159022, 47.4784m, -0.5632m),
        new("49099", "49300", "Cholet", 54404, 47.0600m, -0.8789m),
        // 50 Manche
        new("50129", "50100", "Cherbourg-en-Cotentin", 78258, 49.6337m, -1.6222m),
        new("50502", "50000", "Saint-Lô", 19471, 49.1157m, -1.0906m),
        // 51 Marne
        new("51454", "51100", "Reims", 177674, 49.2583m, 4.0317m),
        new("51108", "51000", "Châlons-en-Champagne", 42971, 48.9566m, 4.3631m),
        // 52 Haute-Marne
        new("52448", "52100", "Saint-Dizier", 22858, 48.6383m, 4.9497m),
        new("52121", "52000", "Chaumont", 20827, 48.1111m, 5.1392m),
        // 53 Mayenne
        new("53130", "53000", "Laval", 49400, 48.0706m, -0.7734m),
        new("53062", "53200", "Château-Gontier-sur-Mayenne", 16584, 47.8286m, -0.7028m),
        // 54 Meurthe-et-Moselle
        new("54395", "54000", "Nancy", 103671, 48.6921m, 6.1844m),
        new("54547", "54500", "Vandœuvre-lès-Nancy", 29942, 48.6567m, 6.1683m),
        // 55 Meuse
        new("55545", "55100", "Verdun", 16890, 49.1598m, 5.3844m),
        new("55029", "55000", "Bar-le-Duc", 14607, 48.7728m, 5.1606m),
        // 56 Morbihan
        new("56121", "56100", "Lorient", 58329, 47.7483m, -3.3700m),
        new("56260", "56000", "Vannes", 55790, 47.6582m, -2.7608m),
        // 57 Moselle
        new("57463", "57000", "Metz", 122572, 49.1193m, 6.1757m),
        new("57672", "57100", "Thionville", 42658, 49.3579m, 6.1683m),
        // 58 Nièvre
        new("58194", "58000", "Nevers", 33085, 46.9908m, 3.1592m),
        new("58086", "58200", "Cosne-Cours-sur-Loire", 9733, 47.4111m, 2.9253m),
        // 59 Nord
        new("59350", "59000", "Lille", 238246, 50.6292m, 3.0573m),
        new("59599", "59200", "Tourcoing", 98772, 50.7239m, 3.1612m),
        new("59512", "59100", "Roubaix", 98286, 50.6942m, 3.1746m),
        // 60 Oise
        new("60057", "60000", "Beauvais", 55550, 49.4295m, 2.0807m),
        new("60159", "60200", "Compiègne", 40761, 49.4179m, 2.8261m),
        // 61 Orne
        new("61001", "61000", "Alençon", 25490, 48.4329m, 0.0913m),
        new("61169", "61100", "Flers", 14432, 48.7500m, -0.5697m),
        // 62 Pas-de-Calais
        new("62193", "62100", "Calais", 67571, 50.9513m, 1.8587m),
        new("62041", "62000", "Arras", 42875, 50.2910m, 2.7775m),
        new("62160", "62200", "Boulogne-sur-Mer", 40539, 50.7264m, 1.6147m),
        // 63 Puy-de-Dôme
        new("63113", "63000", "Clermont-Ferrand", 146351, 45.7772m, 3.0870m),
        new("63124", "63800", "Cournon-d'Auvergne", 19951, 45.7361m, 3.1961m),
        new("63300", "63200", "Riom", 18820, 45.8936m, 3.1128m),
        new("63075", "63400", "Chamalières", 17509, 45.7744m, 3.0669m),
        new("63178", "63500", "Issoire", 15115, 45.5442m, 3.2489m),
        new("63284", "63430", "Pont-du-Château", 12412, 45.7981m, 3.2483m),
        new("63430", "63300", "Thiers", 11637, 45.8564m, 3.5475m),
        new("63032", "63110", "Beaumont", 10728, 45.7519m, 3.0839m),
        new("63003", "63600", "Ambert", 6517, 45.5497m, 3.7417m),
        // 64 Pyrénées-Atlantiques
        new("64445", "64000", "Pau", 80441, 43.2951m, -0.3708m),
        new("64102", "64100", "Bayonne", 54306, 43.4929m, -1.4748m),
        new("64024", "64600", "Anglet", 43271, 43.4850m, -1.5150m),
        // 65 Hautes-Pyrénées
        new("65440", "65000", "Tarbes", 44399, 43.2328m, 0.0781m),
        new("65286", "65100", "Lourdes", 13266, 43.0947m, -0.0458m),
        // 66 Pyrénées-Orientales
        new("66136", "66000", "Perpignan", 121616, 42.6887m, 2.8948m),
        new("66037", "66140", "Canet-en-Roussillon", 13227, 42.7050m, 3.0083m),
        // 67 Bas-Rhin
        new("67482", "67000", "Strasbourg", 293771, 48.5734m, 7.7521m),
        new("67180", "67500", "Haguenau", 36391, 48.8156m, 7.7906m),
        // 68 Haut-Rhin
        new("68224", "68100", "Mulhouse", 104978, 47.7508m, 7.3359m),
        new("68066", "68000", "Colmar", 66970, 48.0794m, 7.3585m),
        // 69 Rhône
        new("69123", "69001", "Lyon", 519127, 45.7640m, 4.8357m),
        new("69266", "69100", "Villeurbanne", 163684, 45.7719m, 4.8902m),
        new("69259", "69200", "Vénissieux", 65502, 45.6975m, 4.8867m),
        new("69256", "69120", "Vaulx-en-Velin", 53069, 45.7786m, 4.9203m),
        new("69290", "69800", "Saint-Priest", 49229, 45.6961m, 4.9439m),
        new("69034", "69300", "Caluire-et-Cuire", 43597, 45.7953m, 4.8467m),
        new("69029", "69500", "Bron", 42982, 45.7386m, 4.9131m),
        new("69149", "69600", "Oullins-Pierre-Bénite", 38168, 45.7147m, 4.8075m),
        new("69282", "69330", "Meyzieu", 36687, 45.7667m, 5.0036m),
        new("69264", "69400", "Villefranche-sur-Saône", 36172, 45.9897m, 4.7189m),
        new("69286", "69140", "Rillieux-la-Pape", 31389, 45.8208m, 4.8983m),
        new("69275", "69150", "Décines-Charpieu", 29877, 45.7686m, 4.9589m),
        new("69244", "69160", "Tassin-la-Demi-Lune", 23200, 45.7642m, 4.7803m),
        new("69202", "69110", "Sainte-Foy-lès-Lyon", 21692, 45.7336m, 4.7931m),
        new("69091", "69700", "Givors", 21379, 45.5906m, 4.7689m),
        new("69204", "69230", "Saint-Genis-Laval", 21212, 45.6953m, 4.7931m),
        new("69199", "69190", "Saint-Fons", 19285, 45.7086m, 4.8533m),
        new("69081", "69130", "Écully", 17944, 45.7744m, 4.7775m),
        new("69243", "69170", "Tarare", 10893, 45.8961m, 4.4331m),
        // 70 Haute-Saône
        new("70550", "70000", "Vesoul", 15078, 47.6197m, 6.1544m),
        new("70285", "70400", "Héricourt", 10621, 47.5772m, 6.7617m),
        // 71 Saône-et-Loire
        new("71076", "71100", "Chalon-sur-Saône", 45102, 46.7808m, 4.8539m),
        new("71270", "71000", "Mâcon", 35177, 46.3069m, 4.8287m),
        // 72 Sarthe
        new("72181", "72000", "Le Mans", 146249, 48.0061m, 0.1996m),
        new("72154", "72200", "La Flèche", 14947, 47.6997m, -0.0758m),
        // 73 Savoie
        new("73065", "73000", "Chambéry", 59964, 45.5646m, 5.9178m),
        new("73008", "73100", "Aix-les-Bains", 32406, 45.6886m, 5.9153m),
        new("73011", "73200", "Albertville", 19978, 45.6758m, 6.3925m),
        new("73179", "73290", "La Motte-Servolex", 12067, 45.5947m, 5.8772m),
        new("73213", "73490", "La Ravoire", 9332, 45.5614m, 5.9631m),
        new("73248", "73300", "Saint-Jean-de-Maurienne", 7524, 45.2764m, 6.3456m),
        new("73054", "73700", "Bourg-Saint-Maurice", 7270, 45.6183m, 6.7689m),
        // 74 Haute-Savoie
        new("74010", "74000", "Annecy", 132117, 45.8992m, 6.1294m),
        new("74281", "74200", "Thonon-les-Bains", 37928, 46.3705m, 6.4790m),
        new("74012", "74100", "Annemasse", 37628, 46.1934m, 6.2342m),
        new("74081", "74300", "Cluses", 17795, 46.0606m, 6.5794m),
        new("74256", "74700", "Sallanches", 17319, 45.9364m, 6.6319m),
        new("74225", "74150", "Rumilly", 16442, 45.8667m, 5.9444m),
        new("74243", "74160", "Saint-Julien-en-Genevois", 16222, 46.1442m, 6.0817m),
        new("74042", "74130", "Bonneville", 13335, 46.0781m, 6.4008m),
        new("74133", "74240", "Gaillard", 11423, 46.1853m, 6.2078m),
        new("74224", "74800", "La Roche-sur-Foron", 11348, 46.0667m, 6.3114m),
        new("74056", "74400", "Chamonix-Mont-Blanc", 8705, 45.9237m, 6.8694m),
        // 75 Paris
        new("75056", "75001", "Paris", 2103778, 48.8566m, 2.3522m),
        // 76 Seine-Maritime
        new("76351", "76600", "Le Havre", 166687, 49.4944m, 0.1079m),
        new("76540", "76000", "Rouen", 117662, 49.4432m, 1.0999m),
        // 77 Seine-et-Marne
        new("77284", "77100", "Meaux", 56905, 48.9601m, 2.8788m),
        new("77108", "77500", "Chelles", 54620, 48.8811m, 2.5903m),
        new("77288", "77000", "Melun", 45995, 48.5421m, 2.6554m),
        // 78 Yvelines
        new("78646", "78000", "Versailles", 84095, 48.8049m, 2.1204m),
        new("78586", "78500", "Sartrouville", 52763, 48.9372m, 2.1644m),
        new("78551", "78100", "Saint-Germain-en-Laye", 45931, 48.8989m, 2.0938m),
        // 79 Deux-Sèvres
        new("79191", "79000", "Niort", 59854, 46.3237m, -0.4588m),
        new("79049", "79300", "Bressuire", 19970, 46.8406m, -0.4886m),
        // 80 Somme
        new("80021", "80000", "Amiens", 136449, 49.8941m, 2.2958m),
        new("80001", "80100", "Abbeville", 22395, 50.1054m, 1.8357m),
        // 81 Tarn
        new("81004", "81000", "Albi", 51290, 43.9289m, 2.1464m),
        new("81065", "81100", "Castres", 42505, 43.6061m, 2.2400m),
        // 82 Tarn-et-Garonne
        new("82121", "82000", "Montauban", 62945, 44.0176m, 1.3550m),
        new("82033", "82100", "Castelsarrasin", 14343, 44.0400m, 1.1075m),
        // 83 Var
        new("83137", "83000", "Toulon", 179116, 43.1242m, 5.9280m),
        new("83126", "83500", "La Seyne-sur-Mer", 63732, 43.1007m, 5.8788m),
        new("83061", "83600", "Fréjus", 59719, 43.4331m, 6.7370m),
        new("83069", "83400", "Hyères", 55858, 43.1204m, 6.1286m),
        new("83050", "83300", "Draguignan", 40826, 43.5366m, 6.4646m),
        new("83118", "83700", "Saint-Raphaël", 37113, 43.4253m, 6.7684m),
        new("83129", "83140", "Six-Fours-les-Plages", 37109, 43.0939m, 5.8394m),
        new("83062", "83130", "La Garde", 26476, 43.1244m, 6.0106m),
        new("83144", "83160", "La Valette-du-Var", 23719, 43.1378m, 5.9831m),
        new("83047", "83260", "La Crau", 19556, 43.1497m, 6.0742m),
        new("83023", "83170", "Brignoles", 17850, 43.4058m, 6.0617m),
        // 84 Vaucluse
        new("84007", "84000", "Avignon", 92188, 43.9493m, 4.8055m),
        new("84031", "84200", "Carpentras", 31619, 44.0550m, 5.0481m),
        new("84087", "84100", "Orange", 29706, 44.1381m, 4.8075m),
        new("84035", "84300", "Cavaillon", 25636, 43.8375m, 5.0381m),
        new("84054", "84800", "L'Isle-sur-la-Sorgue", 20244, 43.9194m, 5.0514m),
        new("84089", "84120", "Pertuis", 19548, 43.6942m, 5.5017m),
        new("84129", "84700", "Sorgues", 19006, 44.0083m, 4.8719m),
        new("84092", "84130", "Le Pontet", 18386, 43.9617m, 4.8600m),
        new("84003", "84400", "Apt", 10143, 43.8764m, 5.3964m),
        // 85 Vendée
        new("85191", "85000", "La Roche-sur-Yon", 54849, 46.6705m, -1.4260m),
        new("85194", "85100", "Les Sables-d'Olonne", 49603, 46.4967m, -1.7831m),
        // 86 Vienne
        new("86194", "86000", "Poitiers", 89916, 46.5802m, 0.3404m),
        new("86066", "86100", "Châtellerault", 31003, 46.8178m, 0.5461m),
        // 87 Haute-Vienne
        new("87085", "87000", "Limoges", 129937, 45.8336m, 1.2611m),
        new("87154", "87200", "Saint-Junien", 11415, 45.8872m, 0.9014m),
        // 88 Vosges
        new("88160", "88000", "Épinal", 32251, 48.1724m, 6.4496m),
        new("88413", "88100", "Saint-Dié-des-Vosges", 19251, 48.2847m, 6.9492m),
        // 89 Yonne
        new("89024", "89000", "Auxerre", 35097, 47.7982m, 3.5673m),
        new("89387", "89100", "Sens", 27106, 48.1975m, 3.2833m),
        // 90 Territoire de Belfort
        new("90010", "90000", "Belfort", 45912, 47.6380m, 6.8628m),
        new("90033", "90100", "Delle", 5623, 47.5081m, 6.9992m),
        // 91 Essonne
        new("91228", "91000", "Évry-Courcouronnes", 66919, 48.6294m, 2.4406m),
        new("91174", "91100", "Corbeil-Essonnes", 54471, 48.6139m, 2.4822m),
        new("91377", "91300", "Massy", 51729, 48.7309m, 2.2713m),
        // 92 Hauts-de-Seine
        new("92012", "92100", "Boulogne-Billancourt", 119019, 48.8397m, 2.2399m),
        new("92050", "92000", "Nanterre", 97783, 48.8924m, 2.2071m),
        new("92004", "92600", "Asnières-sur-Seine", 93941, 48.9147m, 2.2853m),
        // 93 Seine-Saint-Denis
        new("93066", "93200", "Saint-Denis", 149077, 48.9362m, 2.3574m),
        new("93048", "93100", "Montreuil", 111934, 48.8638m, 2.4485m),
        new("93008", "93000", "Bobigny", 56927, 48.9086m, 2.4397m),
        // 94 Val-de-Marne
        new("94081", "94400", "Vitry-sur-Seine", 93963, 48.7875m, 2.3928m),
        new("94028", "94000", "Créteil", 93397, 48.7904m, 2.4556m),
        new("94017", "94500", "Champigny-sur-Marne", 78072, 48.8172m, 2.5156m),
        // 95 Val-d'Oise
        new("95018", "95100", "Argenteuil", 106130, 48.9472m, 2.2467m),
        new("95127", "95000", "Cergy", 70906, 49.0364m, 2.0761m),
        new("95500", "95000", "Pontoise", 31970, 49.0506m, 2.1008m),
        // 971 Guadeloupe
        new("97101", "97139", "Les Abymes", 51055, 16.2711m, -61.5047m),
        new("97105", "97100", "Basse-Terre", 9417, 15.9985m, -61.7261m),
        // 972 Martinique
        new("97209", "97200", "Fort-de-France", 75506, 14.6161m, -61.0588m),
        new("97213", "97232", "Le Lamentin", 39400, 14.6133m, -60.9994m),
        // 973 Guyane
        new("97302", "97300", "Cayenne", 62675, 4.9224m, -52.3135m),
        new("97311", "97320", "Saint-Laurent-du-Maroni", 54429, 5.4983m, -54.0325m),
        // 974 La Réunion
        new("97411", "97400", "Saint-Denis", 155634, -20.8821m, 55.4504m),
        new("97415", "97460", "Saint-Paul", 108088, -21.0096m, 55.2707m),
        new("97416", "97410", "Saint-Pierre", 85038, -21.3393m, 55.4781m),
        // 976 Mayotte
        new("97611", "97600", "Mamoudzou", 71437, -12.7806m, 45.2278m),
        new("97610", "97600", "Koungou", 32156, -12.7336m, 45.2042m),
    ];

    private static readonly Dictionary<string, Region> RegionsByCode = Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
    private static readonly Dictionary<string, Academy> AcademiesByCode = Academies.ToDictionary(a => a.Code, StringComparer.Ordinal);
    private static readonly Dictionary<string, Department> DepartmentsByCode = Departments.ToDictionary(d => d.Code, StringComparer.Ordinal);
    private static readonly Dictionary<string, Commune> CommunesByCode = Communes.ToDictionary(c => c.Code, StringComparer.Ordinal);
    private static readonly Dictionary<string, Commune[]> CommunesByDepartment = Communes
        .GroupBy(c => c.DepartmentCode, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public static Region? FindRegion(string? code) => code is not null && RegionsByCode.TryGetValue(code, out var r) ? r : null;

    public static Academy? FindAcademy(string? code) => code is not null && AcademiesByCode.TryGetValue(code, out var a) ? a : null;

    public static Department? FindDepartment(string? code) => code is not null && DepartmentsByCode.TryGetValue(code, out var d) ? d : null;

    public static Commune? FindCommune(string? code) => code is not null && CommunesByCode.TryGetValue(code, out var c) ? c : null;

    public static IReadOnlyList<Commune> CommunesOf(string departmentCode) =>
        CommunesByDepartment.TryGetValue(departmentCode, out var communes) ? communes : [];

    /// <summary>The département of an INSEE commune code: two characters (01-95, 2A, 2B), three overseas (971-976).</summary>
    public static string DepartmentCodeOf(string communeCode) =>
        communeCode.StartsWith("97", StringComparison.Ordinal) ? communeCode[..3] : communeCode[..2];

    /// <summary>"de Lyon", "d'Annecy", "du Puy-en-Velay", "des Pennes-Mirabeau", "de La Ciotat".</summary>
    public static string WithDe(string communeName)
    {
        if (communeName.StartsWith("Le ", StringComparison.Ordinal))
        {
            return "du " + communeName[3..];
        }

        if (communeName.StartsWith("Les ", StringComparison.Ordinal))
        {
            return "des " + communeName[4..];
        }

        return "AEIOUYÉÈÊÎÔ".Contains(communeName[0], StringComparison.Ordinal) ? "d'" + communeName : "de " + communeName;
    }
}

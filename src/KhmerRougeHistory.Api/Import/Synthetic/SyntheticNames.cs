namespace KhmerRougeHistory.Api.Import.Synthetic;

/// <summary>Invented Khmer-style names and words, so labels sort and search like real ones; never real people.</summary>
internal static class SyntheticNames
{
    private static readonly string[] _family =
        ["Sok", "Chea", "Keo", "Lim", "Nuon", "Meas", "Huy", "Seng", "Chan", "Kim", "Mao", "Touch", "Heng", "Prak", "Ly", "Ouk", "Sam", "Chhim", "Pen", "Sar", "Yim", "Long", "Hem", "Srun"];

    private static readonly string[] _given =
        ["Dara", "Sophal", "Vanna", "Chenda", "Bopha", "Sothea", "Rithy", "Sokha", "Vuthy", "Kunthea", "Sovann", "Pisey", "Sophea", "Ratha", "Srey", "Phalla", "Narin", "Samnang", "Veasna", "Thida", "Kosal", "Makara", "Chantha", "Sarin"];

    private static readonly string[] _places =
        ["Prey", "Kampong", "Phnom", "Stung", "Boeung", "Tuol", "Wat", "Chamkar", "Krang", "Trapeang", "Svay", "Ampil"];

    private static readonly string[] _placeWords =
        ["Chhnang", "Thom", "Meanchey", "Veng", "Kraham", "Sla", "Leu", "Kandal", "Chrey", "Trach", "Roka", "Khpos"];

    public static string Person(Random random) => $"{Pick(random, _family)} {Pick(random, _given)}";

    public static string Revolutionary(Random random) => $"Comrade {Pick(random, _given)}";

    public static string Place(Random random) => $"{Pick(random, _places)} {Pick(random, _placeWords)}";

    public static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    public static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
